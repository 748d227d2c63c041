// Hand-written, not generated: copied beside the generated code by scripts/clients.mjs.

package workato

import (
	"errors"
	"fmt"
)

// CustomerRef names a customer workspace: Workato's numeric ID or your own external ID (exactly one), and
// optionally an environment ("dev", "test" or "prod").
type CustomerRef struct {
	ID          int64
	ExternalID  string
	Environment string
}

// CustomerID builds the managed_user_id path value of a customer workspace, like the TypeScript
// client's customerId: "98178", "EA2300", "98178_prod". Pass values decoded: the generated client
// URL-encodes path values. The error names the field that cannot make a valid customer ID.
func CustomerID(customer CustomerRef) (string, error) {
	hasID, hasExternal := customer.ID != 0, customer.ExternalID != ""
	if hasID == hasExternal {
		return "", errors.New("customer: give exactly one of ID and ExternalID")
	}
	var base string
	if hasID {
		if customer.ID < 0 {
			return "", errors.New("customer.ID: must be a positive integer (Workato customer ID)")
		}
		base = fmt.Sprint(customer.ID)
	} else {
		base = "E" + customer.ExternalID
	}
	switch customer.Environment {
	case "":
		return base, nil
	case "dev", "test", "prod":
		return base + "_" + customer.Environment, nil
	default:
		return "", errors.New("customer.Environment: must be one of dev, test, prod")
	}
}
