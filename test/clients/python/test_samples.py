"""The docs portal's Python samples (scripts/docs.mjs), which scripts/clients.mjs writes into one module of one
function per operation (WORKATO_SAMPLES_PY). Importing the module compiles them; none is run. Each call is
then checked against the generated client without sending anything: the API class and its method exist,
the keyword arguments bind to the method's signature (no unknown name, no required one missing), each
literal argument is valid for its parameter's annotation, and each request body literal validates as its
model.
"""

import ast
import importlib.util
import inspect
import os

import pydantic
import workato_embedded as workato


def _load(path):
    spec = importlib.util.spec_from_file_location("portal_samples", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _api_calls(function):
    """Calls of the form workato.<Class>Api(api_client).<method>(...)."""
    return [
        node
        for node in ast.walk(function)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Call)
        and isinstance(node.func.value.func, ast.Attribute)
        and node.func.value.func.attr.endswith("Api")
    ]


def _lower_level_problems(function, serialize_calls):
    """A sample that calls ApiClient.param_serialize (where a generated method cannot send a parameter): its
    arguments must bind, its path must be one of the description's, and the response type must exist."""
    problems = []
    for call in serialize_calls:
        try:
            inspect.signature(workato.ApiClient.param_serialize).bind(None, **{k.arg: None for k in call.keywords})
        except TypeError as error:
            problems.append(f"param_serialize: {error}")
        arguments = {keyword.arg: ast.literal_eval(keyword.value) for keyword in call.keywords}
        method = arguments.get("method", "").lower()
        if arguments.get("resource_path") not in _PATHS or method not in _PATHS[arguments["resource_path"]]:
            problems.append(f"{method.upper()} {arguments.get('resource_path')} is no operation of the description")
    for node in ast.walk(function):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "response_deserialize":
            for type_name in ast.literal_eval(node.args[1]).values():
                if not hasattr(workato, type_name):
                    problems.append(f"response type {type_name} does not exist")
    return problems


_PATHS = {}


def _problems(function):
    problems = []
    for node in ast.walk(function):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "workato":
            if not hasattr(workato, node.attr):
                problems.append(f"workato.{node.attr} does not exist")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "from_dict":
            model = getattr(workato, node.func.value.attr, None)
            if model is not None:
                try:
                    model.from_dict(ast.literal_eval(node.args[0]))
                except (pydantic.ValidationError, ValueError) as error:
                    problems.append(f"the body is not a valid {node.func.value.attr}: {error}")
    lower = [
        node
        for node in ast.walk(function)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "param_serialize"
    ]
    if lower:
        return problems + _lower_level_problems(function, lower)
    calls = _api_calls(function)
    if len(calls) != 1:
        return [*problems, f"{len(calls)} calls of an API class, expected 1"]
    call = calls[0]
    api = getattr(workato, call.func.value.func.attr, None)
    method = getattr(api, call.func.attr, None)
    if method is None:
        return [*problems, f"{call.func.value.func.attr}.{call.func.attr} does not exist"]
    signature = inspect.signature(method)
    try:
        signature.bind(None, **{keyword.arg: None for keyword in call.keywords})
    except TypeError as error:
        return [*problems, f"{call.func.attr}: {error}"]
    for keyword in call.keywords:
        try:
            value = ast.literal_eval(keyword.value)
        except ValueError:
            continue  # a model built from a literal or bytes read from a file: checked above or by the type
        try:
            pydantic.TypeAdapter(signature.parameters[keyword.arg].annotation).validate_python(value)
        except pydantic.ValidationError as error:
            problems.append(f"{keyword.arg}={value!r}: {error}")
    return problems


def test_every_operation_has_a_sample_that_fits_the_generated_client(description):
    _PATHS.update(description["paths"])
    path = os.environ["WORKATO_SAMPLES_PY"]
    module = _load(path)
    with open(path, encoding="utf-8") as file:
        functions = [node for node in ast.parse(file.read()).body if isinstance(node, ast.FunctionDef)]
    operation_ids = {
        operation["operationId"]
        for item in description["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    }
    assert {function.name for function in functions} == {f"sample_{op}" for op in operation_ids}
    assert all(callable(getattr(module, function.name)) for function in functions)
    problems = [f"{function.name}: {problem}" for function in functions for problem in _problems(function)]
    assert problems == []
    print(f"\nPython: {len(functions)} portal samples fit the generated client")


def test_the_check_finds_a_wrong_sample():
    # The checks above must be able to fail: a misnamed method, a missing required argument, a wrong type.
    def problems_of(source):
        return _problems(ast.parse(source).body[0])

    assert problems_of("def f():\n    workato.ConnectionsApi(c).list_connection(managed_user_id='1')\n") == [
        "ConnectionsApi.list_connection does not exist"
    ]
    assert "missing a required argument" in problems_of("def f():\n    workato.ConnectionsApi(c).list_connections()\n")[0]
    assert "lookup_table_id=" in problems_of(
        "def f():\n    workato.LookupTablesApi(c).find_lookup_table_row(managed_user_id='1', lookup_table_id='x', by={})\n"
    )[0]
    assert "not a valid CreateConnectionRequest" in problems_of(
        "def f():\n    workato.ConnectionsApi(c).create_connection(managed_user_id='1',"
        " create_connection_request=workato.CreateConnectionRequest.from_dict({'nope': 1}))\n"
    )[0]
