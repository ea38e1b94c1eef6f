-- A pilot started or extended keeps its end date and volume cap in the status history, so that the history says what
-- was decided ("prolongée jusqu'au 31/01/2027, plafond 3 000 unités"), not only that something was. Earlier entries
-- have none. Runs on H2 (MariaDB mode) and MariaDB 10.11.
alter table contract_status_change add column pilot_volume_cap bigint;
alter table contract_status_change add column pilot_end_date date;
