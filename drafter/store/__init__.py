"""The workspace database: schema, migrations, transactions and stores.

Nothing outside this package writes SQL. Importing it does not import
Alembic (that happens only when a workspace needs migrating).
"""

from drafter.store.audit import AuditLog
from drafter.store.database import Workspace
from drafter.store.dictionary import DictionaryStore
from drafter.store.network import is_network_path
from drafter.store.people import PeopleStore
from drafter.store.records import (
    AuditEvent,
    AuditVerification,
    DictionaryEntry,
    Person,
    Snippet,
    TeamTemplateRecord,
)
from drafter.store.schema import SCHEMA_HEAD
from drafter.store.settings import ORGANISATION_PROFILE, SettingsStore
from drafter.store.snippets import SnippetStore
from drafter.store.spelling import clean_language, clean_word
from drafter.store.statements import StatementStore
from drafter.store.team_templates import TeamTemplateStore

__all__ = [
    "ORGANISATION_PROFILE",
    "SCHEMA_HEAD",
    "AuditEvent",
    "AuditLog",
    "AuditVerification",
    "DictionaryEntry",
    "DictionaryStore",
    "PeopleStore",
    "Person",
    "SettingsStore",
    "Snippet",
    "SnippetStore",
    "StatementStore",
    "TeamTemplateRecord",
    "TeamTemplateStore",
    "Workspace",
    "clean_language",
    "clean_word",
    "is_network_path",
]
