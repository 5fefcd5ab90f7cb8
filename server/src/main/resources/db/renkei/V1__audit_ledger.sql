-- The audit trail (AuditLedger): append-only, written by the server, served as AuditEvent resources by
-- AuditEventProvider. Portable SQL for H2 and PostgreSQL. No foreign keys to HAPI's tables: an event names what a
-- request touched as it was, whether or not it is stored (still).

create table renkei_audit_event (
    id                 varchar(64)              not null primary key,
    recorded           timestamp with time zone not null,
    agent_client       varchar(200)             not null,
    agent_organization varchar(200),
    outcome            varchar(8)               not null,
    action             varchar(8)               not null,
    type_code          varchar(64)              not null,
    subtype_code       varchar(64),
    -- The whole BALP AuditEvent as FHIR JSON, exactly as it is served.
    resource_json      text                     not null
);

-- One row per patient (role 'patient') and per resource (role 'entity') an event names; recorded is repeated so
-- that "this patient's trail, newest first" is read from one index.
create table renkei_audit_subject (
    event_id  varchar(64)              not null,
    role      varchar(8)               not null,
    reference varchar(255)             not null,
    recorded  timestamp with time zone not null
);

create index renkei_audit_subject_reference on renkei_audit_subject (reference, recorded);
create index renkei_audit_event_client on renkei_audit_event (agent_client, recorded);
create index renkei_audit_event_organization on renkei_audit_event (agent_organization, recorded);
create index renkei_audit_event_recorded on renkei_audit_event (recorded);
