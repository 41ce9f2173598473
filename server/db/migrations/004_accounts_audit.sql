-- Accounts, sessions, sign-in throttling and the append-only audit trail.

CREATE TABLE users (
  id                  INTEGER PRIMARY KEY,
  login               TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name        TEXT NOT NULL,
  role                TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
  -- scrypt$<log2 N>$<r>$<p>$<salt base64>$<key base64>; never a plain password.
  password_hash       TEXT NOT NULL,
  disabled            INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  created_at          TEXT NOT NULL,
  password_changed_at TEXT NOT NULL,
  last_sign_in_at     TEXT
) STRICT;

-- An editor limited to some platforms has one row per platform; none = every platform.
CREATE TABLE user_platforms (
  user_id     INTEGER NOT NULL REFERENCES users(id),
  platform_id TEXT NOT NULL REFERENCES platforms(id),
  PRIMARY KEY (user_id, platform_id)
) STRICT, WITHOUT ROWID;

-- Server-side sessions. The cookie holds a random token; only its SHA-256 is stored, so a copy of the
-- database does not hand out live sessions. Times are UTC milliseconds.
CREATE TABLE sessions (
  token_hash   TEXT PRIMARY KEY,
  user_id      INTEGER NOT NULL REFERENCES users(id),
  created_at   INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  revoked_at   INTEGER,
  address      TEXT NOT NULL,
  user_agent   TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX sessions_user ON sessions(user_id);

-- Failed sign-ins, for throttling per login name and per client address (pruned as they age out).
CREATE TABLE sign_in_failures (
  id      INTEGER PRIMARY KEY,
  login   TEXT NOT NULL COLLATE NOCASE,
  address TEXT NOT NULL,
  at      INTEGER NOT NULL
) STRICT;
CREATE INDEX sign_in_failures_login ON sign_in_failures(login, at);
CREATE INDEX sign_in_failures_address ON sign_in_failures(address, at);

-- Every write appends one row here in the same transaction. user_id is NULL for the command line
-- (`npm run user`), whose rows name it in user_name. before/after are JSON (NULL when there is none).
CREATE TABLE audit_log (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  user_id     INTEGER REFERENCES users(id),
  user_name   TEXT NOT NULL,
  action      TEXT NOT NULL,
  entity_type TEXT NOT NULL,
  entity_id   TEXT NOT NULL,
  platform_id TEXT,
  before      TEXT,
  after       TEXT,
  request_id  TEXT,
  address     TEXT
) STRICT;
CREATE INDEX audit_log_entity ON audit_log(entity_type, entity_id);
CREATE INDEX audit_log_user ON audit_log(user_id, at);
CREATE INDEX audit_log_at ON audit_log(at);

-- Append-only: the trail is evidence, so SQLite itself refuses to change or remove a row.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE refused');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only: DELETE refused');
END;

-- A recorded state change points at its audit row, whose user is who made it.
ALTER TABLE land_events ADD COLUMN audit_id INTEGER REFERENCES audit_log(id);
