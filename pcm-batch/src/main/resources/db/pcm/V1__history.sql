-- PCM's own tables: each completed month's national figures and per-agency scores (SPEC 2, History).
-- Portable SQL: runs on H2 and PostgreSQL alike.
create table pcm_month (
    period              varchar(7)       not null primary key,
    as_of               varchar(40)      not null,
    active_agencies     integer          not null,
    narratives          integer          not null,
    reports_on_time     integer          not null,
    reports_late        integer          not null,
    reports_missing     integer          not null,
    targeted_pairs      bigint           not null,
    covered_pairs       bigint           not null,
    on_time_pairs       bigint           not null,
    mean_score          double precision,
    coverage_pct        double precision,
    timeliness_pct      double precision,
    reports_on_time_pct double precision,
    media_items         bigint           not null,
    net_sentiment       double precision,
    inputs_sha256       varchar(64)      not null
);

create table pcm_agency_score (
    period       varchar(7)       not null references pcm_month (period) on delete cascade,
    agency_id    varchar(40)      not null,
    agency_type  varchar(16)      not null,
    report       varchar(8)       not null,
    score        double precision not null,
    category     varchar(16)      not null,
    primary key (period, agency_id)
);
