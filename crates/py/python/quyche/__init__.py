"""quyche: rules as code for Khánh Hòa QĐ 2086/QĐ-UBND (12 August 2020).

The regulation on coordinating the monitoring and handling of false and harmful online
information, from the same Rust core as the Rust crate and the npm package.

>>> import quyche
>>> reg = quyche.Regulation.khanh_hoa()
>>> reg.id
'khanh-hoa-2086'
"""

from ._errors import InvalidInput, LogTampered, NotFound, QuycheError, RuleViolation
from ._native import Regulation, version

__all__ = [
    "Regulation",
    "version",
    "QuycheError",
    "InvalidInput",
    "NotFound",
    "RuleViolation",
    "LogTampered",
]
