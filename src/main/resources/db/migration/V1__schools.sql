-- The trust's academies. Camunda's own tables (ACT_*) are created by Camunda, not here.
create table school (
  urn                       varchar(6)   not null primary key,
  name                      varchar(200) not null,
  phase                     varchar(40)  not null,
  local_authority           varchar(100),
  postcode                  varchar(10),
  headteacher_name          varchar(200),
  director_of_education     varchar(64)  not null,
  active                    boolean      not null,
  ofsted_inspection_date    date,
  ofsted_legacy_grade       varchar(30),
  ofsted_safeguarding       varchar(10),
  attainment_below_national boolean      not null,
  attendance_below_national boolean      not null,
  created_at                timestamp    not null,
  version                   bigint       not null
);

create index school_director_idx on school (director_of_education);

-- Report-card grade per Ofsted area for schools inspected under the renewed framework.
create table school_ofsted_grade (
  urn   varchar(6)  not null references school (urn) on delete cascade,
  area  varchar(40) not null,
  grade varchar(30) not null,
  primary key (urn, area)
);
