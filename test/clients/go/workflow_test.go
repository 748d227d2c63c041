// A partner's workflow through the generated Go client, against the Prism mock started by
// scripts/clients.mjs (WORKATO_MOCK_URL). The mock answers each operation's documented examples; a
// Prefer header (Prism's) picks an example or a status.
package workato_test

import (
	"context"
	"errors"
	"net/http"
	"os"
	"strconv"
	"testing"

	workato "github.com/workato-embedded-api/workato-embedded-go"
)

func mockClient(t *testing.T, prefer string) *workato.APIClient {
	t.Helper()
	url := os.Getenv("WORKATO_MOCK_URL")
	if url == "" {
		t.Fatal("WORKATO_MOCK_URL is not set (scripts/clients.mjs starts the mock)")
	}
	configuration := workato.NewConfiguration()
	configuration.Servers = workato.ServerConfigurations{{URL: url}}
	if prefer != "" {
		configuration.AddDefaultHeader("Prefer", prefer)
	}
	return workato.NewAPIClient(configuration)
}

func authorized() context.Context {
	return context.WithValue(context.Background(), workato.ContextAccessToken, "go-workflow-token")
}

func TestCustomerIDHelper(t *testing.T) {
	for _, c := range []struct {
		in   workato.CustomerRef
		want string
	}{
		{workato.CustomerRef{ID: 98178}, "98178"},
		{workato.CustomerRef{ExternalID: "acme/eu 7", Environment: "prod"}, "Eacme/eu 7_prod"},
	} {
		if got, err := workato.CustomerID(c.in); err != nil || got != c.want {
			t.Errorf("CustomerID(%+v) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
	for _, bad := range []workato.CustomerRef{{}, {ID: 1, ExternalID: "x"}, {ID: -3}, {ID: 1, Environment: "staging"}} {
		if _, err := workato.CustomerID(bad); err == nil {
			t.Errorf("CustomerID(%+v) gave no error", bad)
		}
	}
}

func TestProvisionCustomerFolderAndConnection(t *testing.T) {
	client, ctx := mockClient(t, ""), authorized()
	customer, _, err := client.CustomersAPI.CreateCustomer(ctx).
		CreateCustomerRequest(*workato.NewCreateCustomerRequest("Acme", "ops@acme.example")).Execute()
	if err != nil || customer.Id == 0 {
		t.Fatalf("createCustomer: %v %+v", err, customer)
	}
	workspace, err := workato.CustomerID(workato.CustomerRef{ID: customer.Id})
	if err != nil {
		t.Fatal(err)
	}
	folder, _, err := client.FoldersAPI.CreateFolder(ctx, workspace).
		CreateFolderRequest(*workato.NewCreateFolderRequest("Salesforce sync")).Execute()
	if err != nil || folder.Id == 0 {
		t.Fatalf("createFolder: %v %+v", err, folder)
	}
	request := workato.NewCreateConnectionRequest(folder.Id)
	request.SetName("Jira")
	request.SetProvider("jira")
	connection, _, err := client.ConnectionsAPI.CreateConnection(ctx, workspace).CreateConnectionRequest(*request).Execute()
	if err != nil || connection.Id == 0 || connection.Name == "" {
		t.Fatalf("createConnection: %v %+v", err, connection)
	}
	listed, _, err := client.ConnectionsAPI.ListConnections(ctx, workspace).Includes([]string{"tags"}).Execute()
	if err != nil || len(listed.Result) == 0 {
		t.Fatalf("listConnections: %v %+v", err, listed)
	}
	tagged := false
	for _, item := range listed.Result {
		tagged = tagged || len(item.Tags) > 0
	}
	if !tagged {
		t.Error("includes[]=tags brought no tag handles")
	}
}

func TestStartRecipeAndReadTheRefusal(t *testing.T) {
	started, _, err := mockClient(t, "").RecipesAPI.StartRecipe(authorized(), "98178", 1).Execute()
	if err != nil || !started.Success {
		t.Fatalf("startRecipe: %v %+v", err, started)
	}
	refused, _, err := mockClient(t, "example=rejected").RecipesAPI.StartRecipe(authorized(), "98178", 1).Execute()
	if err != nil || refused.Success || refused.CodeErrors == nil || refused.ConfigErrors == nil {
		t.Fatalf("startRecipe refused: %v %+v", err, refused)
	}
}

func TestPaginateJobs(t *testing.T) {
	jobs := mockClient(t, "").JobsAPI
	first, _, err := jobs.ListJobs(authorized(), "98178", 1).Execute()
	if err != nil || len(first.Items) == 0 {
		t.Fatalf("listJobs: %v %+v", err, first)
	}
	next, _, err := jobs.ListJobs(authorized(), "98178", 1).OffsetJobId(first.Items[len(first.Items)-1].Id).Execute()
	if err != nil || next.Items == nil {
		t.Fatalf("listJobs from %s: %v %+v", first.Items[len(first.Items)-1].Id, err, next)
	}
}

func TestImportPackageAsBinaryBody(t *testing.T) {
	file, err := os.CreateTemp(t.TempDir(), "package-*.zip")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := file.Write(append([]byte("PK\x05\x06"), make([]byte, 18)...)); err != nil {
		t.Fatal(err)
	}
	if _, err := file.Seek(0, 0); err != nil {
		t.Fatal(err)
	}
	imported, _, err := mockClient(t, "").RecipeLifecycleManagementAPI.ImportPackage(authorized(), "98178").
		FolderId(4515).Body(file).Execute()
	if err != nil || imported.Id == 0 || imported.Status == "" {
		t.Fatalf("importPackage: %v %+v", err, imported)
	}
}

func expectError(t *testing.T, err error, response *http.Response, status int) *workato.GenericOpenAPIError {
	t.Helper()
	var apiError *workato.GenericOpenAPIError
	if !errors.As(err, &apiError) || response == nil || response.StatusCode != status {
		t.Fatalf("expected a %d GenericOpenAPIError, got %v (%v)", status, err, response)
	}
	if _, ok := apiError.Model().(workato.ErrorBody); !ok {
		t.Fatalf("the %d body was not decoded as ErrorBody: %#v", status, apiError.Model())
	}
	return apiError
}

func TestMissingTokenIsA401(t *testing.T) {
	_, response, err := mockClient(t, "").ConnectionsAPI.ListConnections(context.Background(), "98178").Execute()
	expectError(t, err, response, 401)
}

func TestUnknownIsA404(t *testing.T) {
	_, response, err := mockClient(t, "code=404").ConnectionsAPI.ListConnections(authorized(), "98178").Execute()
	expectError(t, err, response, 404)
}

func TestRateLimitedIsA429WithRetryAfter(t *testing.T) {
	_, response, err := mockClient(t, "code=429").ConnectionsAPI.ListConnections(authorized(), "98178").Execute()
	expectError(t, err, response, 429)
	seconds, convErr := strconv.Atoi(response.Header.Get("Retry-After"))
	if convErr != nil || seconds < 0 {
		t.Fatalf("Retry-After %q is not a number of seconds", response.Header.Get("Retry-After"))
	}
}
