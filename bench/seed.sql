-- Seeds a benchmark database with the open and historic tasks of a trust some years in: each school's open
-- task of the kind :'task_key' (with its candidate groups and grants, as the engine made them) is copied
-- :open times as a task of its own (no process instance, due over the next 200 days), and :historic times
-- into history as completed. The copies are made by the database from the engine's own rows, so they have
-- the columns and grants this version of Camunda writes; Tasklist's and the engine's queries see them as any
-- other task. Run by bench/run with psql -v task_key=... -v open=... -v historic=...
\set ON_ERROR_STOP on
create temp table seed_template as select * from act_ru_task where task_def_key_ = :'task_key';
create temp table seed_open as
  select gen_random_uuid()::text as id_, t.id_ as template_id, n
  from seed_template t, generate_series(1, :open) n;

insert into act_ru_task (id_, rev_, name_, description_, owner_, assignee_, priority_, create_time_, due_date_,
    suspension_state_, tenant_id_, task_state_)
  select o.id_, 1, t.name_, t.description_, t.owner_, t.assignee_, t.priority_,
    t.create_time_ - make_interval(days => o.n % 300), localtimestamp + make_interval(days => 1 + (o.n * 7) % 200),
    t.suspension_state_, t.tenant_id_, t.task_state_
  from seed_open o join seed_template t on t.id_ = o.template_id;

insert into act_ru_identitylink (id_, rev_, group_id_, type_, user_id_, task_id_, proc_def_id_, tenant_id_)
  select gen_random_uuid()::text, 1, l.group_id_, l.type_, l.user_id_, o.id_, l.proc_def_id_, l.tenant_id_
  from seed_open o join act_ru_identitylink l on l.task_id_ = o.template_id;

insert into act_ru_authorization (id_, rev_, type_, group_id_, user_id_, resource_type_, resource_id_, perms_)
  select gen_random_uuid()::text, 1, a.type_, a.group_id_, a.user_id_, a.resource_type_, o.id_, a.perms_
  from seed_open o join act_ru_authorization a on a.resource_id_ = o.template_id;

insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,
    execution_id_, act_inst_id_, name_, description_, owner_, assignee_, start_time_, end_time_, duration_,
    delete_reason_, priority_, due_date_, tenant_id_, task_state_)
  select gen_random_uuid()::text, h.task_def_key_, h.proc_def_key_, h.proc_def_id_, h.root_proc_inst_id_,
    h.proc_inst_id_, h.execution_id_, h.act_inst_id_, h.name_, h.description_, h.owner_, h.assignee_,
    h.start_time_ - make_interval(days => 30 + n % 1000), h.start_time_ - make_interval(days => 20 + n % 1000),
    864000000, 'completed', h.priority_, h.due_date_ - make_interval(days => 20 + n % 1000), h.tenant_id_, 'Completed'
  from seed_template t join act_hi_taskinst h on h.id_ = t.id_, generate_series(1, :historic) n;

analyze act_ru_task;
analyze act_ru_identitylink;
analyze act_ru_authorization;
analyze act_hi_taskinst;
select (select count(*) from act_ru_task) || ' open, ' || (select count(*) from act_hi_taskinst where end_time_ is not null) || ' historic';
