"""Team mode: the server enforces who may do what, not only the app.

Revision ID: 0006
Revises: 0005
Create Date: 2024-11-01

Written out by hand, like the migrations before it. On SQLite it does
nothing: a file on one desktop has no logins to tell apart. On PostgreSQL:

- the group roles (NOLOGIN, cluster-wide) ``drafter_person`` (every person's
  login), ``drafter_drafter``, ``drafter_reviewer`` and ``drafter_admin``
  (which includes the other two) are created when missing;
- PUBLIC loses every right on the tables; each group gets what its people's
  normal steps write (the GRANTs below say which store needs what);
- triggers refuse what no GRANT can express: the audit log and revisions are
  never changed or removed (for everyone, the owner included); a review is
  never rewritten (an approval may only be set aside); a review is recorded
  by the login itself, and an author of a revision cannot approve it unless
  the workspace's review policy allows self-approval, and then it is marked
  as one; only an administrator changes the workspace's settings (a drafter
  the few a drafter's own menus change); a statement becomes approved only
  with a standing approval of its newest revision, and released only once
  approved.

The rules bind every login except a superuser, the database's owner and the
tables' owner (who run the migrations, could drop the triggers anyway, and
act under the name Drafter is given), apart from the "never changed" rules,
which bind the owner too. Refusals are raised with a
SQLSTATE of class ``DR`` and a message starting with "Drafter: " (see
``drafter.store.team_roles``). A later migration that must rewrite a revision
or an audit event (it should not) disables the trigger for that statement.
Needs: the tables' owner (or a superuser), with CREATEROLE while a group
role is missing.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from drafter.core.errors import WorkspaceError

revision = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None

PERSON = "drafter_person"
DRAFTER = "drafter_drafter"
REVIEWER = "drafter_reviewer"
ADMIN = "drafter_admin"
GROUP_ROLES = (PERSON, DRAFTER, REVIEWER, ADMIN)

#: Settings a drafter's own menus change (Spelling ▸ check words in capitals).
DRAFTER_SETTINGS = ("spelling.check_all_caps",)

TABLES = (
    "alembic_version", "people", "person_roles", "statements", "revisions", "comments", "reviews",
    "audit_events", "settings", "team_templates", "snippets", "dictionary_words",
    "finding_confirmations",
)

# (privileges, table, roles). Everyone reads everything (the statement list, the
# history and the people are shared); the rest is what each store writes.
GRANTS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # Every step appends to the audit log (writers take turns through an advisory
    # lock, which needs no right on the table).
    ("INSERT", "audit_events", (PERSON,)),
    # StatementStore: create, save, rename, trash, fields, language, ignored words;
    # ReviewStore: submit, withdraw, reopen, release set the status.
    ("INSERT, UPDATE", "statements", (DRAFTER,)),
    # ReviewStore.decide sets the status after a decision (and release after export).
    ("UPDATE (status)", "statements", (REVIEWER,)),
    ("INSERT", "revisions", (DRAFTER,)),
    ("INSERT", "reviews", (REVIEWER,)),
    # An edit of approved text sets its approvals aside.
    ("UPDATE (superseded)", "reviews", (DRAFTER,)),
    ("INSERT", "comments", (DRAFTER, REVIEWER)),
    ("UPDATE (resolved)", "comments", (DRAFTER, REVIEWER)),
    ("INSERT", "finding_confirmations", (DRAFTER,)),
    # Right-click ▸ Add to the organisation's dictionary is a drafter's step;
    # removing words is an administrator's.
    ("INSERT", "dictionary_words", (DRAFTER,)),
    ("INSERT, UPDATE, DELETE", "snippets", (DRAFTER, ADMIN)),
    # Drafters: only DRAFTER_SETTINGS (the trigger below holds them to those).
    ("INSERT, UPDATE", "settings", (DRAFTER,)),
    ("INSERT, UPDATE, DELETE", "settings", (ADMIN,)),
    ("INSERT, UPDATE, DELETE", "people", (ADMIN,)),
    ("INSERT, UPDATE, DELETE", "person_roles", (ADMIN,)),
    ("INSERT, UPDATE, DELETE", "team_templates", (ADMIN,)),
    ("DELETE", "dictionary_words", (ADMIN,)),
)

# (trigger name, table, timing and events, level, function and arguments)
TRIGGERS: tuple[tuple[str, str, str, str, str], ...] = (
    ("drafter_audit_events_insert_only", "audit_events", "BEFORE UPDATE OR DELETE", "ROW",
     "drafter_refuse_change()"),
    ("drafter_audit_events_no_truncate", "audit_events", "BEFORE TRUNCATE", "STATEMENT",
     "drafter_refuse_change()"),
    ("drafter_audit_events_append", "audit_events", "BEFORE INSERT", "ROW",
     "drafter_check_audit_append()"),
    ("drafter_revisions_never_rewritten", "revisions", "BEFORE UPDATE OR DELETE", "ROW",
     "drafter_refuse_change()"),
    ("drafter_revisions_no_truncate", "revisions", "BEFORE TRUNCATE", "STATEMENT",
     "drafter_refuse_change()"),
    ("drafter_revisions_insert", "revisions", "BEFORE INSERT", "ROW", "drafter_check_revision()"),
    ("drafter_reviews_set_aside_only", "reviews", "BEFORE UPDATE OR DELETE", "ROW",
     "drafter_check_review_change()"),
    ("drafter_reviews_insert", "reviews", "BEFORE INSERT", "ROW", "drafter_check_review()"),
    ("drafter_statements_life", "statements", "BEFORE INSERT OR UPDATE", "ROW",
     "drafter_check_statement()"),
    ("drafter_settings_admin", "settings", "BEFORE INSERT OR UPDATE OR DELETE", "ROW",
     "drafter_check_setting()"),
    ("drafter_comments_actor", "comments", "BEFORE INSERT", "ROW", "drafter_check_actor('author')"),
    ("drafter_confirmations_actor", "finding_confirmations", "BEFORE INSERT", "ROW",
     "drafter_check_actor('confirmed_by')"),
    ("drafter_dictionary_actor", "dictionary_words", "BEFORE INSERT", "ROW",
     "drafter_check_actor('added_by')"),
)

FUNCTIONS = (
    "drafter_rules_apply()", "drafter_refuse_change()", "drafter_check_audit_append()",
    "drafter_check_revision()", "drafter_check_review_change()", "drafter_check_review()",
    "drafter_check_statement()", "drafter_check_setting()", "drafter_check_actor()",
)


def _functions(schema: str) -> list[str]:
    """The functions, each pinned to the workspace's schema (pg_temp last, never first)."""
    path = f"SET search_path = pg_catalog, {schema}, pg_temp"
    allowed = ", ".join(f"'{key}'" for key in DRAFTER_SETTINGS)
    return [
        # True for a person's login; false for a superuser, the database's owner and the
        # tables' owner (who act under the name Drafter is given: Workspace.acting_login).
        f"""
CREATE OR REPLACE FUNCTION drafter_rules_apply() RETURNS boolean
LANGUAGE sql STABLE {path} AS $body$
  SELECT NOT EXISTS (
    SELECT 1 FROM pg_roles r
    WHERE r.rolname = session_user
      AND (r.rolsuper
           OR r.oid = (SELECT d.datdba FROM pg_database d WHERE d.datname = current_database())
           OR r.oid = (SELECT c.relowner FROM pg_class c
                       WHERE c.oid = '{schema}.statements'::regclass)))
$body$""",
        f"""
CREATE OR REPLACE FUNCTION drafter_refuse_change() RETURNS trigger
LANGUAGE plpgsql {path} AS $body$
BEGIN
  IF TG_TABLE_NAME = 'audit_events' THEN
    IF TG_LEVEL = 'STATEMENT' THEN
      RAISE EXCEPTION USING ERRCODE = 'DR001',
        MESSAGE = 'Drafter: the audit log is insert-only: it cannot be emptied.';
    END IF;
    RAISE EXCEPTION USING ERRCODE = 'DR001',
      MESSAGE = 'Drafter: the audit log is insert-only: event ' || OLD.sequence
                || ' cannot be changed or removed.';
  END IF;
  IF TG_LEVEL = 'STATEMENT' THEN
    RAISE EXCEPTION USING ERRCODE = 'DR001',
      MESSAGE = 'Drafter: revisions are never removed: the table cannot be emptied.';
  END IF;
  RAISE EXCEPTION USING ERRCODE = 'DR001',
    MESSAGE = 'Drafter: revision ' || OLD.number || ' of statement ' || OLD.statement_id
              || ' is never rewritten or removed: submit a new revision instead.';
END
$body$""",
        f"""
CREATE OR REPLACE FUNCTION drafter_check_actor() RETURNS trigger
LANGUAGE plpgsql {path} AS $body$
DECLARE
  who text := to_jsonb(NEW) ->> TG_ARGV[0];
BEGIN
  IF drafter_rules_apply() AND who IS DISTINCT FROM session_user THEN
    RAISE EXCEPTION USING ERRCODE = 'DR003',
      MESSAGE = 'Drafter: you are logged in as ' || session_user || ' and cannot act as '
                || coalesce(who, 'nobody') || ' (' || TG_TABLE_NAME || '.' || TG_ARGV[0] || ').';
  END IF;
  RETURN NEW;
END
$body$""",
        f"""
CREATE OR REPLACE FUNCTION drafter_check_audit_append() RETURNS trigger
LANGUAGE plpgsql {path} AS $body$
DECLARE
  last_sequence integer;
  last_hash text;
BEGIN
  IF NOT drafter_rules_apply() THEN
    RETURN NEW;
  END IF;
  IF NEW.actor IS DISTINCT FROM session_user THEN
    RAISE EXCEPTION USING ERRCODE = 'DR003',
      MESSAGE = 'Drafter: you are logged in as ' || session_user
                || ' and cannot record an event in the audit log as ' || coalesce(NEW.actor, 'nobody') || '.';
  END IF;
  SELECT e.sequence, e.hash INTO last_sequence, last_hash
    FROM audit_events e ORDER BY e.sequence DESC LIMIT 1;
  IF NEW.sequence IS DISTINCT FROM coalesce(last_sequence, 0) + 1
     OR NEW.prev_hash IS DISTINCT FROM coalesce(last_hash, repeat('0', 64)) THEN
    RAISE EXCEPTION USING ERRCODE = 'DR005',
      MESSAGE = 'Drafter: audit event ' || coalesce(NEW.sequence::text, '?')
                || ' does not follow the last event of the log.';
  END IF;
  RETURN NEW;
END
$body$""",
        f"""
CREATE OR REPLACE FUNCTION drafter_check_revision() RETURNS trigger
LANGUAGE plpgsql {path} AS $body$
BEGIN
  IF NOT drafter_rules_apply() THEN
    RETURN NEW;
  END IF;
  IF NEW.author IS DISTINCT FROM session_user THEN
    RAISE EXCEPTION USING ERRCODE = 'DR003',
      MESSAGE = 'Drafter: you are logged in as ' || session_user
                || ' and cannot submit a revision as ' || coalesce(NEW.author, 'nobody') || '.';
  END IF;
  IF NEW.sha256 IS DISTINCT FROM encode(sha256(convert_to(NEW.text, 'UTF8')), 'hex') THEN
    RAISE EXCEPTION USING ERRCODE = 'DR005',
      MESSAGE = 'Drafter: the SHA-256 given for revision ' || NEW.number || ' is not its text''s.';
  END IF;
  RETURN NEW;
END
$body$""",
        # Everyone, the owner included: a review is a record; an approval may only be set aside.
        f"""
CREATE OR REPLACE FUNCTION drafter_check_review_change() RETURNS trigger
LANGUAGE plpgsql {path} AS $body$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION USING ERRCODE = 'DR001',
      MESSAGE = 'Drafter: review ' || OLD.id || ' is part of the statement''s history and is never removed.';
  END IF;
  IF to_jsonb(NEW) - 'superseded' <> to_jsonb(OLD) - 'superseded'
     OR (OLD.superseded AND NOT NEW.superseded) THEN
    RAISE EXCEPTION USING ERRCODE = 'DR001',
      MESSAGE = 'Drafter: review ' || OLD.id || ' is never rewritten: an approval can only be set aside.';
  END IF;
  RETURN NEW;
END
$body$""",
        f"""
CREATE OR REPLACE FUNCTION drafter_check_review() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {path} AS $body$
DECLARE
  rev record;
  newest integer;
  current_status text;
  author_list jsonb;
  stored_policy jsonb;
  is_author boolean;
BEGIN
  IF NOT drafter_rules_apply() THEN
    RETURN NEW;
  END IF;
  IF NEW.reviewer IS DISTINCT FROM session_user THEN
    RAISE EXCEPTION USING ERRCODE = 'DR003',
      MESSAGE = 'Drafter: you are logged in as ' || session_user || ' and cannot record a review as '
                || coalesce(NEW.reviewer, 'nobody') || '.';
  END IF;
  IF NOT (pg_has_role(session_user, 'drafter_reviewer', 'MEMBER')
          OR pg_has_role(session_user, 'drafter_admin', 'MEMBER')) THEN
    RAISE EXCEPTION USING ERRCODE = 'DR004',
      MESSAGE = 'Drafter: ' || session_user
                || ' is not a reviewer: only reviewers approve or ask for changes.';
  END IF;
  IF NEW.decision NOT IN ('approve', 'request_changes') THEN
    RAISE EXCEPTION USING ERRCODE = 'DR005',
      MESSAGE = 'Drafter: a review decides to approve or to request changes, not '
                || coalesce(NEW.decision, 'nothing') || '.';
  END IF;
  SELECT * INTO rev FROM revisions r WHERE r.id = NEW.revision_id;
  IF NOT FOUND OR rev.statement_id IS DISTINCT FROM NEW.statement_id THEN
    RAISE EXCEPTION USING ERRCODE = 'DR005',
      MESSAGE = 'Drafter: statement ' || coalesce(NEW.statement_id::text, '?')
                || ' has no such revision to review.';
  END IF;
  IF NEW.superseded THEN
    RAISE EXCEPTION USING ERRCODE = 'DR005',
      MESSAGE = 'Drafter: a new review cannot be set aside already.';
  END IF;
  IF NEW.decision <> 'approve' THEN
    RETURN NEW;
  END IF;
  SELECT max(r.number) INTO newest FROM revisions r WHERE r.statement_id = NEW.statement_id;
  SELECT s.status INTO current_status FROM statements s WHERE s.id = NEW.statement_id;
  IF rev.number <> newest OR current_status IS DISTINCT FROM 'in_review' THEN
    RAISE EXCEPTION USING ERRCODE = 'DR005',
      MESSAGE = 'Drafter: only the newest revision of a statement in review is approved; revision '
                || rev.number || ' of statement ' || rev.statement_id || ' is not.';
  END IF;
  IF NEW.sha256_seen IS DISTINCT FROM rev.sha256 THEN
    RAISE EXCEPTION USING ERRCODE = 'DR005',
      MESSAGE = 'Drafter: the approval names a text whose SHA-256 is not that of revision '
                || rev.number || '.';
  END IF;
  BEGIN
    author_list := coalesce(rev.authors::jsonb, '[]'::jsonb);
  EXCEPTION WHEN others THEN
    author_list := '[]'::jsonb;
  END;
  is_author := NEW.reviewer = rev.author
               OR (jsonb_typeof(author_list) = 'array' AND author_list ? NEW.reviewer);
  IF NOT is_author THEN
    IF NEW.self_approval THEN
      RAISE EXCEPTION USING ERRCODE = 'DR002',
        MESSAGE = 'Drafter: ' || NEW.reviewer || ' did not write revision ' || rev.number
                  || ': the approval is not a self-approval.';
    END IF;
    RETURN NEW;
  END IF;
  BEGIN
    SELECT st.value::jsonb INTO stored_policy FROM settings st WHERE st.key = 'review_policy';
  EXCEPTION WHEN others THEN
    stored_policy := NULL;
  END;
  IF stored_policy IS NULL OR jsonb_typeof(stored_policy) <> 'object'
     OR (stored_policy -> 'allow_self_approval') IS DISTINCT FROM 'true'::jsonb THEN
    RAISE EXCEPTION USING ERRCODE = 'DR002',
      MESSAGE = 'Drafter: an author of revision ' || rev.number || ' cannot approve it (workspace policy).';
  END IF;
  IF NOT NEW.self_approval THEN
    RAISE EXCEPTION USING ERRCODE = 'DR002',
      MESSAGE = 'Drafter: ' || NEW.reviewer || ' wrote part of revision ' || rev.number
                || ': the approval must be recorded as a self-approval.';
  END IF;
  RETURN NEW;
END
$body$""",
        f"""
CREATE OR REPLACE FUNCTION drafter_check_statement() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {path} AS $body$
DECLARE
  rev record;
BEGIN
  IF NOT drafter_rules_apply() THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF NEW.created_by IS DISTINCT FROM session_user THEN
      RAISE EXCEPTION USING ERRCODE = 'DR003',
        MESSAGE = 'Drafter: you are logged in as ' || session_user || ' and cannot create a statement as '
                  || coalesce(NEW.created_by, 'nobody') || '.';
    END IF;
    IF NEW.status IS DISTINCT FROM 'draft' THEN
      RAISE EXCEPTION USING ERRCODE = 'DR005', MESSAGE = 'Drafter: a new statement starts as a draft.';
    END IF;
    RETURN NEW;
  END IF;
  IF NEW.status IS DISTINCT FROM OLD.status THEN
    SELECT * INTO rev FROM revisions r WHERE r.statement_id = NEW.id ORDER BY r.number DESC LIMIT 1;
    IF OLD.status = 'released' THEN
      RAISE EXCEPTION USING ERRCODE = 'DR005',
        MESSAGE = 'Drafter: statement ' || NEW.id || ' has been released and stays released.';
    ELSIF NEW.status = 'released' AND OLD.status <> 'approved' THEN
      RAISE EXCEPTION USING ERRCODE = 'DR005',
        MESSAGE = 'Drafter: statement ' || NEW.id || ' is not approved: it cannot be released.';
    ELSIF NEW.status = 'approved' AND (OLD.status <> 'in_review' OR rev.id IS NULL OR NOT EXISTS (
        SELECT 1 FROM reviews v WHERE v.revision_id = rev.id AND v.decision = 'approve'
          AND NOT v.superseded AND v.sha256_seen = rev.sha256)) THEN
      RAISE EXCEPTION USING ERRCODE = 'DR005',
        MESSAGE = 'Drafter: statement ' || NEW.id
                  || ' becomes approved only with a standing approval of its newest revision.';
    ELSIF NEW.status = 'in_review' AND (rev.id IS NULL
        OR rev.sha256 <> encode(sha256(convert_to(NEW.text, 'UTF8')), 'hex')) THEN
      RAISE EXCEPTION USING ERRCODE = 'DR005',
        MESSAGE = 'Drafter: statement ' || NEW.id || ' goes into review only with a revision of its text.';
    END IF;
  END IF;
  IF NEW.text IS DISTINCT FROM OLD.text AND NEW.status IN ('in_review', 'approved', 'released') THEN
    RAISE EXCEPTION USING ERRCODE = 'DR005',
      MESSAGE = 'Drafter: the text of statement ' || NEW.id || ' is read-only while it is '
                || replace(NEW.status, '_', ' ') || '.';
  END IF;
  RETURN NEW;
END
$body$""",
        f"""
CREATE OR REPLACE FUNCTION drafter_check_setting() RETURNS trigger
LANGUAGE plpgsql {path} AS $body$
DECLARE
  setting text := CASE WHEN TG_OP = 'DELETE' THEN OLD.key ELSE NEW.key END;
BEGIN
  IF NOT drafter_rules_apply() OR pg_has_role(session_user, 'drafter_admin', 'MEMBER') THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_OP = 'DELETE' OR setting NOT IN ({allowed})
     OR (TG_OP = 'UPDATE' AND OLD.key IS DISTINCT FROM NEW.key) THEN
    RAISE EXCEPTION USING ERRCODE = 'DR004',
      MESSAGE = 'Drafter: only an administrator can change the workspace setting "' || setting || '".';
  END IF;
  RETURN NEW;
END
$body$""",
    ]


def _quoted(name: str) -> str:
    return op.get_bind().dialect.identifier_preparer.quote(name)


MEMBERSHIPS = ((PERSON, DRAFTER), (PERSON, REVIEWER), (PERSON, ADMIN), (DRAFTER, ADMIN), (REVIEWER, ADMIN))


def _check_rights(conn: sa.Connection) -> None:
    """Refuse, saying why and what to do, when this login cannot set the rules up."""
    me = conn.execute(sa.text(
        "SELECT current_user AS login, r.rolsuper AS superuser, r.rolcreaterole AS createrole, "
        "pg_get_userbyid(c.relowner) AS owner FROM pg_roles r, pg_class c "
        "WHERE r.rolname = current_user AND c.oid = 'statements'::regclass")).one()
    if not me.superuser and me.login != me.owner:
        raise WorkspaceError(
            f"This workspace must be upgraded by its owner ({me.owner}), not by {me.login}: the new "
            "version of Drafter sets up the team's rules on the server. Ask your administrator to "
            "open it once as its owner; nothing was changed.")
    existing = set(conn.execute(
        sa.text("SELECT rolname FROM pg_roles WHERE rolname IN :names")
        .bindparams(sa.bindparam("names", expanding=True)), {"names": list(GROUP_ROLES)}).scalars())
    granted = {(str(role), str(member)) for role, member in conn.execute(sa.text(
        "SELECT g.rolname, u.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "JOIN pg_roles u ON u.oid = m.member"))}
    needed = [f"CREATE ROLE {role} NOLOGIN" for role in GROUP_ROLES if role not in existing]
    needed += [f"GRANT {role} TO {member}" for role, member in MEMBERSHIPS if (role, member) not in granted]
    if needed and not (me.superuser or me.createrole):
        raise WorkspaceError(
            f"Setting up the team's rules needs the server roles {', '.join(GROUP_ROLES)} in place, and "
            f"{me.login} may not create or grant roles (it lacks CREATEROLE). Nothing was changed: "
            "open the workspace once as a login with CREATEROLE (or a superuser), or have the "
            "database administrator run " + "; ".join(needed) + ".")


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    _check_rights(conn)
    schema = _quoted(str(conn.scalar(sa.text("SELECT current_schema()"))))
    for role in GROUP_ROLES:
        op.execute(f"""
DO $body$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN
    BEGIN
      CREATE ROLE {role} NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      NULL;  -- another workspace on this server made it a moment ago
    END;
  END IF;
END $body$""")
    for role, member in MEMBERSHIPS:
        _grant_membership(role, member)

    tables = ", ".join(TABLES)
    op.execute(f"REVOKE ALL ON {tables} FROM PUBLIC")
    op.execute(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM PUBLIC")
    op.execute(f"GRANT USAGE ON SCHEMA {schema} TO {PERSON}")
    op.execute(f"GRANT SELECT ON {tables} TO {PERSON}")
    op.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {schema} TO {PERSON}")
    for privileges, table, roles in GRANTS:
        op.execute(f"GRANT {privileges} ON {table} TO {', '.join(roles)}")

    for statement in _functions(schema):
        op.execute(statement)
    for name, table, when, level, function in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        op.execute(f"CREATE TRIGGER {name} {when} ON {table} FOR EACH {level} EXECUTE FUNCTION {function}")


def _grant_membership(role: str, member: str) -> None:
    """GRANT role TO member, unless it is granted already (granting again warns on some versions)."""
    op.execute(f"""
DO $body$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_auth_members m
                 WHERE m.roleid = (SELECT oid FROM pg_roles WHERE rolname = '{role}')
                   AND m.member = (SELECT oid FROM pg_roles WHERE rolname = '{member}')) THEN
    GRANT {role} TO {member};
  END IF;
END $body$""")


def downgrade() -> None:
    """Drop the triggers and functions and take the groups' rights back (the roles stay: other
    workspaces on the server may use them)."""
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    for name, table, _when, _level, _function in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
    for function in FUNCTIONS:
        op.execute(f"DROP FUNCTION IF EXISTS {function}")
    schema = _quoted(str(conn.scalar(sa.text("SELECT current_schema()"))))
    roles = ", ".join(GROUP_ROLES)
    op.execute(f"REVOKE ALL ON {', '.join(TABLES)} FROM {roles}")
    op.execute(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {roles}")
    op.execute(f"REVOKE USAGE ON SCHEMA {schema} FROM {roles}")
