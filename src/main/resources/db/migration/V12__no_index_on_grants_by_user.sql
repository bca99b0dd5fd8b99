-- Until this version the app indexed Camunda's grants by user (ACT_IDX_AUTH_USER_ID), for the days when a
-- director's "My schools" matched every open task in the trust with their grants. It now lists the tasks a
-- director is a candidate for, and PostgreSQL checks each by Camunda's index on the grant's resource id. With
-- the user index there, it ANDed each task's few grants with all 1,400 of the director's, read again for each
-- of their 1,300 tasks: a director's task count took 45 ms alone instead of 30, and 145-270 ms with eight users
-- at a time. On a new database Camunda's tables do not exist yet when this runs, and there is nothing to drop.
drop index if exists ACT_IDX_AUTH_USER_ID;
