"""The workspace database: schema, migrations, transactions and stores.

Nothing outside this package writes SQL. Importing it does not import
Alembic (that happens only when a workspace needs migrating).
"""

from drafter.store.audit import AuditLog
from drafter.store.database import Workspace
from drafter.store.network import is_network_path
from drafter.store.people import PeopleStore
from drafter.store.records import AuditEvent, AuditVerification, Person
from drafter.store.schema import SCHEMA_HEAD
from drafter.store.statements import StatementStore

__all__ = [
    "SCHEMA_HEAD",
    "AuditEvent",
    "AuditLog",
    "AuditVerification",
    "PeopleStore",
    "Person",
    "StatementStore",
    "Workspace",
    "is_network_path",
]
