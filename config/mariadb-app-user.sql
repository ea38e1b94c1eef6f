-- Avenant's application database user on MariaDB: every right it needs on every table of the schema, except
-- that it can never change or erase the audit trail (docs/decisions/0007-audit-trail.md). The trail's key and
-- checkpoints are files beside the application, not in the database (docs/decisions/0013-keyed-audit-chain.md).
--
--   audit_entry            SELECT, INSERT          (append-only: no UPDATE, no DELETE)
--   audit_head             SELECT, UPDATE          (its one row is the appends' lock and moves on at each append;
--                                                   no INSERT, no DELETE. Appends never trust its content, so
--                                                   rewriting it cannot stall them: decision 0013)
--   flyway_schema_history  SELECT                  (migrations run as the schema's owner, not as this user)
--   every other table      SELECT, INSERT, UPDATE, DELETE
--
-- MariaDB cannot take one table out of a database-wide grant, so rights are granted table by table, for the
-- tables that exist now: run it again, as the owner, after each release that adds a migration.
-- Run in the application's database, as its owner, with the password in a session variable:
--
--   mariadb -uroot --init-command="SET @app_password = 'a long random secret'" avenant < config/mariadb-app-user.sql
--
-- then start Avenant with AVENANT_DB_USER=avenant_app AVENANT_DB_PASSWORD=... for the application, and
-- SPRING_FLYWAY_USER / SPRING_FLYWAY_PASSWORD set to the owner for the migrations. Idempotent.

CREATE USER IF NOT EXISTS 'avenant_app'@'%';

DELIMITER //
BEGIN NOT ATOMIC
    DECLARE done INT DEFAULT 0;
    DECLARE t VARCHAR(64);
    DECLARE tables CURSOR FOR
        SELECT table_name FROM information_schema.tables
        WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE';
    DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;

    IF DATABASE() IS NULL THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Choose the application database first (USE avenant)';
    END IF;
    IF @app_password IS NULL OR @app_password = '' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'SET @app_password first';
    END IF;
    EXECUTE IMMEDIATE CONCAT('ALTER USER ''avenant_app''@''%'' IDENTIFIED BY ', QUOTE(@app_password));
    -- from scratch each time, so a right taken away here is taken away from the user too
    REVOKE ALL PRIVILEGES, GRANT OPTION FROM 'avenant_app'@'%';

    OPEN tables;
    grants: LOOP
        FETCH tables INTO t;
        IF done THEN
            LEAVE grants;
        END IF;
        EXECUTE IMMEDIATE CONCAT('GRANT ',
                CASE t
                    WHEN 'audit_entry' THEN 'SELECT, INSERT'
                    WHEN 'audit_head' THEN 'SELECT, UPDATE'
                    WHEN 'flyway_schema_history' THEN 'SELECT'
                    ELSE 'SELECT, INSERT, UPDATE, DELETE'
                END,
                ' ON `', REPLACE(DATABASE(), '`', '``'), '`.`', REPLACE(t, '`', '``'), '` TO ''avenant_app''@''%''');
    END LOOP;
    CLOSE tables;
END
//
DELIMITER ;
