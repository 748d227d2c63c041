"""Shared helpers of the Python client tests (run by scripts/clients.mjs with the generated client on PYTHONPATH)."""

import json
import os
from datetime import date, datetime

import pytest


@pytest.fixture(scope="session")
def description():
    with open(os.environ["WORKATO_DESCRIPTION"], encoding="utf-8") as file:
        return json.load(file)


@pytest.fixture(scope="session")
def mock_url():
    return os.environ["WORKATO_MOCK_URL"]


def _as_time(value):
    if not isinstance(value, str) or len(value) < 10 or value[4:5] != "-":
        return None
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def differences(expected, actual, path="$"):
    """Where `actual` lacks a field of `expected` or holds another value (dates compared as instants)."""
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{path}: expected an object, got {actual!r}"[:300]]
        found = []
        for key, value in expected.items():
            if key not in actual:
                found.append(f"{path}.{key}: missing (expected {value!r})"[:300])
            else:
                found.extend(differences(value, actual[key], f"{path}.{key}"))
        return found
    if isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return [f"{path}: expected {len(expected)} items, got {actual!r}"[:300]]
        return [d for i, (e, a) in enumerate(zip(expected, actual)) for d in differences(e, a, f"{path}[{i}]")]
    if isinstance(expected, bool) or isinstance(actual, bool):
        return [] if expected is actual else [f"{path}: expected {expected!r}, got {actual!r}"]
    if expected == actual:
        return []
    expected_time, actual_time = _as_time(expected), _as_time(actual)
    if expected_time is not None and expected_time == actual_time:
        return []
    return [f"{path}: expected {expected!r}, got {actual!r}"[:300]]
