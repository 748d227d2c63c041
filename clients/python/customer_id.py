"""Builds the ``managed_user_id`` path value of a customer workspace (hand-written, not generated).

The Python twin of the TypeScript client's ``customerId``: Workato's numeric customer ID (``98178``) or
your own external ID prefixed with ``E`` (``EA2300``), optionally followed by ``_dev``, ``_test`` or
``_prod`` for one environment. Pass values decoded: the generated client URL-encodes path values.
"""

import re
from typing import Optional, Union

ENVIRONMENTS = ("dev", "test", "prod")


def customer_id(
    id: Optional[Union[int, str]] = None,
    external_id: Optional[str] = None,
    environment: Optional[str] = None,
) -> str:
    """Returns the ``managed_user_id`` for ``id`` or ``external_id`` (exactly one), in ``environment``.

    Raises ``ValueError`` naming the argument when the input cannot make a valid customer ID.
    """
    if (id is None) == (external_id is None):
        raise ValueError("customer_id: give exactly one of id and external_id")
    if id is not None:
        if isinstance(id, bool) or not (
            (isinstance(id, int) and id > 0) or (isinstance(id, str) and re.fullmatch(r"[1-9][0-9]*", id))
        ):
            raise ValueError("customer_id: id must be a positive integer (Workato customer ID)")
        base = str(id)
    else:
        if not isinstance(external_id, str) or external_id == "":
            raise ValueError("customer_id: external_id must be a non-empty string")
        base = "E" + external_id
    if environment is None:
        return base
    if environment not in ENVIRONMENTS:
        raise ValueError("customer_id: environment must be one of " + ", ".join(ENVIRONMENTS))
    return base + "_" + environment
