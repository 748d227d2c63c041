"""Every response example of the description, decoded by the generated Python client.

For each operation, status and JSON example, the example goes through the client's own response path
(`ApiClient.response_deserialize` with the operation's response types, as the generated method passes
them): a 2xx comes back as the typed model, an error status as an `ApiException` carrying the decoded
body. The decoded value, serialized again, must hold every field of the example with its value.
"""

import ast
import json
import pathlib
import re

import pytest

import workato_embedded
from workato_embedded.exceptions import ApiException

from conftest import differences

PACKAGE = pathlib.Path(workato_embedded.__file__).parent


def snake(operation_id):
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", operation_id)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower()


def response_types():
    """operation method name -> the `_response_types_map` literal of its generated method."""
    found = {}
    for module in (PACKAGE / "api").glob("*_api.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name.endswith("_with_http_info"):
                for statement in node.body:
                    if isinstance(statement, ast.AnnAssign) and getattr(statement.target, "id", "") == "_response_types_map":
                        found[node.name[: -len("_with_http_info")]] = ast.literal_eval(statement.value)
    return found


def resolve(description, node):
    while isinstance(node, dict) and "$ref" in node:
        target = description
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def examples(description):
    for path, item in description["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            for status, response in operation["responses"].items():
                response = resolve(description, response)
                for media, content in response.get("content", {}).items():
                    if "json" not in media:
                        continue
                    named = content.get("examples", {})
                    for name, example in named.items():
                        yield operation["operationId"], status, name, resolve(description, example)["value"]
                    if not named and "example" in content:
                        yield operation["operationId"], status, "example", content["example"]


class FakeResponse:
    def __init__(self, status, body):
        self.status = status
        self.reason = "example"
        self.data = body
        self.headers = {"Content-Type": "application/json"}

    def getheader(self, name, default=None):
        return self.headers.get(name, default)


def decode(client, types, status, value):
    response = workato_embedded.rest.RESTResponse.__new__(workato_embedded.rest.RESTResponse)
    response.response = FakeResponse(int(status), json.dumps(value).encode())
    response.status, response.reason, response.data = int(status), "example", response.response.data
    try:
        return client.response_deserialize(response, types).data
    except ApiException as error:
        if 200 <= int(status) < 300:
            raise
        return error.data


def test_every_response_example_decodes(description):
    types = response_types()
    client = workato_embedded.ApiClient()
    failures, decoded, operations = [], 0, set()
    for operation_id, status, name, value in examples(description):
        operations.add(operation_id)
        where = f"{operation_id} {status} {name}"
        method = snake(operation_id)
        if method not in types:
            failures.append(f"{where}: no generated method {method}")
            continue
        if not types[method].get(status):
            failures.append(f"{where}: the client has no type for status {status}")
            continue
        try:
            result = decode(client, types[method], status, value)
        except Exception as error:  # noqa: BLE001 - every crash is a finding
            failures.append(f"{where}: {type(error).__name__}: {error}"[:500])
            continue
        found = differences(value, client.sanitize_for_serialization(result))
        if found:
            failures.append(f"{where} ({types[method][status]}): " + "; ".join(found[:3]))
            continue
        decoded += 1
    print(f"\nPython: {decoded} response examples of {len(operations)} operations decoded, {len(failures)} failed")
    assert not failures, f"{len(failures)} examples failed:\n" + "\n".join(failures)
    assert decoded > 300, "the description holds several hundred response examples"
