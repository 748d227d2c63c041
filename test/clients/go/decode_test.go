// Every response example of the description, decoded by the generated Go client (copied into the
// generated module by scripts/clients.mjs). Each operation is called through its generated method, with
// an HTTP transport that answers the example with its status: a 2xx must come back as the typed result,
// an error status as a GenericOpenAPIError whose Model() is the decoded body. The decoded value,
// marshalled again, must hold every field of the example with its value: no crash, no dropped branch.
package workato_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	workato "github.com/workato-embedded-api/workato-embedded-go"
)

type example struct {
	operationID, status, name string
	value                     any
	request                   any
}

func loadDescription(t *testing.T) map[string]any {
	t.Helper()
	raw, err := os.ReadFile(os.Getenv("WORKATO_DESCRIPTION"))
	if err != nil {
		t.Fatalf("read the description (WORKATO_DESCRIPTION): %v", err)
	}
	var description map[string]any
	if err := json.Unmarshal(raw, &description); err != nil {
		t.Fatal(err)
	}
	return description
}

func resolve(description map[string]any, node any) any {
	for {
		object, ok := node.(map[string]any)
		if !ok {
			return node
		}
		ref, ok := object["$ref"].(string)
		if !ok {
			return node
		}
		var target any = description
		for _, part := range strings.Split(strings.TrimPrefix(ref, "#/"), "/") {
			target = target.(map[string]any)[strings.NewReplacer("~1", "/", "~0", "~").Replace(part)]
		}
		node = target
	}
}

func responseExamples(description map[string]any) []example {
	var found []example
	for _, item := range description["paths"].(map[string]any) {
		for _, op := range item.(map[string]any) {
			operation, ok := op.(map[string]any)
			if !ok || operation["operationId"] == nil {
				continue
			}
			var request any
			if body, ok := resolve(description, operation["requestBody"]).(map[string]any); ok {
				for _, media := range body["content"].(map[string]any) {
					if named, ok := media.(map[string]any)["examples"].(map[string]any); ok {
						for _, value := range named {
							request = resolve(description, value).(map[string]any)["value"]
							break
						}
					} else if single, ok := media.(map[string]any)["example"]; ok {
						request = single
					}
				}
			}
			for status, response := range operation["responses"].(map[string]any) {
				content, _ := resolve(description, response).(map[string]any)["content"].(map[string]any)
				for media, body := range content {
					if !strings.Contains(media, "json") {
						continue
					}
					named, _ := body.(map[string]any)["examples"].(map[string]any)
					for name, value := range named {
						found = append(found, example{operation["operationId"].(string), status, name, resolve(description, value).(map[string]any)["value"], request})
					}
					if single, ok := body.(map[string]any)["example"]; ok && len(named) == 0 {
						found = append(found, example{operation["operationId"].(string), status, "example", single, request})
					}
				}
			}
		}
	}
	sort.Slice(found, func(i, j int) bool {
		return found[i].operationID+found[i].status+found[i].name < found[j].operationID+found[j].status+found[j].name
	})
	return found
}

// answer is an http.RoundTripper that answers every request with one status and body.
type answer struct {
	status int
	body   []byte
}

func (a *answer) RoundTrip(request *http.Request) (*http.Response, error) {
	return &http.Response{
		StatusCode: a.status,
		Status:     strconv.Itoa(a.status) + " " + http.StatusText(a.status),
		Header:     http.Header{"Content-Type": {"application/json"}},
		Body:       io.NopCloser(bytes.NewReader(a.body)),
		Request:    request,
	}, nil
}

// requestBody is the request example of the operation being called, used for arguments of struct type.
var requestBody []byte

// argument returns a value of the given type that passes the client's own checks of required arguments.
func argument(kind reflect.Type) reflect.Value {
	switch kind.Kind() {
	case reflect.String:
		return reflect.ValueOf("1").Convert(kind)
	case reflect.Int, reflect.Int32, reflect.Int64, reflect.Float32, reflect.Float64:
		return reflect.ValueOf(1).Convert(kind)
	case reflect.Bool:
		return reflect.ValueOf(true)
	case reflect.Slice:
		return reflect.Append(reflect.MakeSlice(kind, 0, 1), argument(kind.Elem()))
	case reflect.Map:
		return reflect.MakeMap(kind)
	case reflect.Pointer:
		if kind.Elem() == reflect.TypeOf(os.File{}) {
			file, err := os.CreateTemp("", "package-*.zip")
			if err == nil {
				_, _ = file.WriteString("PK\x05\x06")
				_, _ = file.Seek(0, io.SeekStart)
			}
			return reflect.ValueOf(file)
		}
		return reflect.New(kind.Elem())
	case reflect.Struct:
		value := reflect.New(kind)
		if requestBody != nil && json.Unmarshal(requestBody, value.Interface()) == nil {
			return value.Elem()
		}
		return value.Elem()
	case reflect.Interface:
		if kind.Implements(reflect.TypeOf((*context.Context)(nil)).Elem()) {
			return reflect.ValueOf(context.Background())
		}
	}
	return reflect.New(kind).Elem()
}

func findOperation(client *workato.APIClient, operationID string) (reflect.Value, bool) {
	name := strings.ToUpper(operationID[:1]) + operationID[1:]
	services := reflect.ValueOf(client).Elem()
	for i := 0; i < services.NumField(); i++ {
		field := services.Field(i)
		if !field.CanInterface() || field.Kind() != reflect.Pointer {
			continue
		}
		if method := field.MethodByName(name); method.IsValid() {
			return method, true
		}
	}
	return reflect.Value{}, false
}

// call runs the generated operation against a transport answering status and body; it returns what the
// client decoded (the result, or the model of the error).
func call(operationID string, status int, body []byte) (any, error) {
	configuration := workato.NewConfiguration()
	configuration.Servers = workato.ServerConfigurations{{URL: "http://example.invalid"}}
	configuration.HTTPClient = &http.Client{Transport: &answer{status, body}}
	client := workato.NewAPIClient(configuration)
	method, ok := findOperation(client, operationID)
	if !ok {
		return nil, fmt.Errorf("no generated method for %s", operationID)
	}
	args := make([]reflect.Value, method.Type().NumIn())
	for i := range args {
		args[i] = argument(method.Type().In(i))
	}
	request := method.Call(args)[0]
	for i := 0; i < request.NumMethod(); i++ {
		name := request.Type().Method(i).Name
		builder := request.Method(i)
		if name == "Execute" || builder.Type().NumIn() != 1 || builder.Type().NumOut() != 1 {
			continue
		}
		request = builder.Call([]reflect.Value{argument(builder.Type().In(0))})[0]
	}
	results := request.MethodByName("Execute").Call(nil)
	err, _ := results[len(results)-1].Interface().(error)
	if status >= 200 && status < 300 {
		if err != nil {
			return nil, err
		}
		if len(results) < 3 {
			return nil, fmt.Errorf("the client returns no body for %s", operationID)
		}
		return results[0].Interface(), nil
	}
	apiError, ok := err.(*workato.GenericOpenAPIError)
	if !ok {
		return nil, fmt.Errorf("expected a GenericOpenAPIError, got %v", err)
	}
	if apiError.Model() == nil {
		return nil, fmt.Errorf("the error body was not decoded (%s)", apiError.Error())
	}
	return apiError.Model(), nil
}

func sameTime(expected, actual any) bool {
	e, ok1 := expected.(string)
	a, ok2 := actual.(string)
	if !ok1 || !ok2 {
		return false
	}
	te, err1 := time.Parse(time.RFC3339Nano, e)
	ta, err2 := time.Parse(time.RFC3339Nano, a)
	return err1 == nil && err2 == nil && te.Equal(ta)
}

// differences lists where actual lacks a field of expected or holds another value.
func differences(expected, actual any, path string) []string {
	switch want := expected.(type) {
	case map[string]any:
		got, ok := actual.(map[string]any)
		if !ok {
			return []string{fmt.Sprintf("%s: expected an object, got %v", path, actual)}
		}
		var found []string
		for key, value := range want {
			// Go holds a null array or map as nil, which its models leave out when marshalled again.
			if _, present := got[key]; !present {
				if value != nil {
					found = append(found, fmt.Sprintf("%s.%s: missing (expected %v)", path, key, value))
				}
				continue
			}
			found = append(found, differences(value, got[key], path+"."+key)...)
		}
		return found
	case []any:
		got, ok := actual.([]any)
		if !ok || len(got) != len(want) {
			return []string{fmt.Sprintf("%s: expected %d items, got %v", path, len(want), actual)}
		}
		var found []string
		for i := range want {
			found = append(found, differences(want[i], got[i], fmt.Sprintf("%s[%d]", path, i))...)
		}
		return found
	}
	if reflect.DeepEqual(expected, actual) || sameTime(expected, actual) {
		return nil
	}
	return []string{fmt.Sprintf("%s: expected %#v, got %#v", path, expected, actual)}
}

func TestEveryResponseExampleDecodes(t *testing.T) {
	examples := responseExamples(loadDescription(t))
	var failures []string
	operations := map[string]bool{}
	decoded := 0
	for _, ex := range examples {
		operations[ex.operationID] = true
		where := fmt.Sprintf("%s %s %s", ex.operationID, ex.status, ex.name)
		status, err := strconv.Atoi(ex.status)
		if err != nil {
			failures = append(failures, where+": status is not a number")
			continue
		}
		body, _ := json.Marshal(ex.value)
		requestBody = nil
		if ex.request != nil {
			requestBody, _ = json.Marshal(ex.request)
		}
		result, err := call(ex.operationID, status, body)
		if err != nil {
			failures = append(failures, fmt.Sprintf("%s: %v", where, err))
			continue
		}
		marshalled, err := json.Marshal(result)
		if err != nil {
			failures = append(failures, fmt.Sprintf("%s: marshal the decoded value: %v", where, err))
			continue
		}
		var again any
		_ = json.Unmarshal(marshalled, &again)
		if found := differences(ex.value, again, "$"); len(found) > 0 {
			if len(found) > 3 {
				found = found[:3]
			}
			failures = append(failures, fmt.Sprintf("%s (%T): %s", where, result, strings.Join(found, "; ")))
			continue
		}
		decoded++
	}
	t.Logf("Go: %d response examples of %d operations decoded, %d failed", decoded, len(operations), len(failures))
	if len(failures) > 0 {
		t.Fatalf("%d examples failed:\n%s", len(failures), strings.Join(failures, "\n"))
	}
	if decoded < 300 {
		t.Fatalf("only %d examples decoded; the description holds several hundred", decoded)
	}
}
