-- Each completed month's media figures per program, so that the next month's report can say which
-- programs' net sentiment turned negative (SPEC 5, executive summary). Portable SQL: H2 and PostgreSQL.
create table pcm_program_sentiment (
    period          varchar(7)       not null references pcm_month (period) on delete cascade,
    program         varchar(1000)    not null,
    items           bigint           not null,
    positive        bigint           not null,
    neutral         bigint           not null,
    negative        bigint           not null,
    net_sentiment   double precision not null,
    share_of_voice  double precision not null,
    primary key (period, program)
);
