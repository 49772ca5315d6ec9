-- A month's types come from its types.csv (SPEC 9.1): a type is up to 40 characters, as agency ids are.
alter table pcm_agency_score alter column agency_type set data type varchar(40);
