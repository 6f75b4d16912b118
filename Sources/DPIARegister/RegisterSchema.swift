import GRDB

/// The migrations that build the register schema, in order.
///
/// Migrations are append-only: a migration that has been released is NEVER edited, renamed or removed,
/// because registers in the field have already applied it. Change the schema by appending a new
/// migration (`v2-…`). For the same reason the SQL is written out literally — vocabularies in CHECK
/// constraints are not generated from the Swift enums, which may grow.
enum RegisterSchema {
    /// A migrator with every migration this program knows.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-versions-findings-measures") { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("v2-users") { db in
            try db.execute(sql: v2Users)
        }
        migrator.registerMigration("v3-feed-tokens") { db in
            try db.execute(sql: v3FeedTokens)
        }
        return migrator
    }

    /// Released with the first register. Do not edit.
    private static let v1 = """
        CREATE TABLE activity (
            id TEXT NOT NULL PRIMARY KEY CHECK (length(id) > 0),
            first_recorded_on TEXT NOT NULL
                CHECK (first_recorded_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
        );

        -- One row per distinct content of an activity (content-addressed, never changed).
        CREATE TABLE activity_version (
            id TEXT NOT NULL PRIMARY KEY,
            activity_id TEXT NOT NULL REFERENCES activity(id),
            content_hash TEXT NOT NULL
                CHECK (length(content_hash) = 64 AND content_hash NOT GLOB '*[^0-9a-f]*'),
            title TEXT NOT NULL,
            label TEXT,
            status TEXT CHECK (status IN ('draft', 'in-review', 'adopted', 'retired')),
            adopted_on TEXT CHECK (adopted_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
            content TEXT NOT NULL CHECK (json_valid(content)),
            CHECK (id = activity_id || '@' || substr(content_hash, 1, 12)),
            UNIQUE (activity_id, content_hash),
            UNIQUE (activity_id, id)
        );

        -- Each time `dpia record` found a version different from the activity's latest one.
        CREATE TABLE recording (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            activity_id TEXT NOT NULL REFERENCES activity(id),
            version_id TEXT NOT NULL,
            recorded_on TEXT NOT NULL
                CHECK (recorded_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
            source_path TEXT,
            FOREIGN KEY (activity_id, version_id) REFERENCES activity_version(activity_id, id)
        );
        CREATE INDEX recording_by_activity ON recording(activity_id, id);

        CREATE TABLE finding (
            version_id TEXT NOT NULL REFERENCES activity_version(id),
            id TEXT NOT NULL,
            rule_id TEXT NOT NULL,
            origin TEXT NOT NULL CHECK (origin IN ('rule', 'declared-risk')),
            element_path TEXT NOT NULL,
            title TEXT NOT NULL,
            likelihood TEXT NOT NULL CHECK (likelihood IN ('low', 'medium', 'high')),
            impact TEXT NOT NULL CHECK (impact IN ('low', 'medium', 'high')),
            level TEXT NOT NULL CHECK (level IN ('low', 'medium', 'high')),
            residual TEXT NOT NULL CHECK (residual IN ('low', 'medium', 'high')),
            addressed INTEGER NOT NULL CHECK (addressed IN (0, 1)),
            decision TEXT CHECK (decision IN ('mitigate', 'accept', 'avoid', 'transfer')),
            measures TEXT NOT NULL CHECK (json_valid(measures) AND json_type(measures) = 'array'),
            CHECK ((addressed = 1) = (decision IS NOT NULL)),
            PRIMARY KEY (version_id, id)
        );

        CREATE TABLE measure (
            version_id TEXT NOT NULL REFERENCES activity_version(id),
            id TEXT NOT NULL CHECK (length(id) > 0),
            decision TEXT NOT NULL CHECK (decision IN ('mitigate', 'accept', 'avoid', 'transfer')),
            description TEXT,
            owner TEXT,
            due TEXT CHECK (due GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
            status TEXT CHECK (status IN ('planned', 'in-progress', 'done', 'dropped')),
            residual TEXT CHECK (residual IN ('low', 'medium', 'high')),
            type TEXT CHECK (type IN ('technical', 'organisational', 'legal')),
            evidence TEXT,
            addresses TEXT NOT NULL CHECK (json_valid(addresses) AND json_type(addresses) = 'array'),
            PRIMARY KEY (version_id, id)
        );
        CREATE INDEX measure_by_id ON measure(id);

        -- Progress of measures, appended by `dpia actions update`.
        CREATE TABLE measure_event (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            activity_id TEXT NOT NULL REFERENCES activity(id),
            measure_id TEXT NOT NULL CHECK (length(measure_id) > 0),
            status TEXT NOT NULL CHECK (status IN ('planned', 'in-progress', 'done', 'dropped')),
            occurred_on TEXT NOT NULL
                CHECK (occurred_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
            note TEXT,
            evidence TEXT,
            author TEXT
        );
        CREATE INDEX measure_event_by_measure ON measure_event(activity_id, measure_id, occurred_on, id);

        -- The register is a log: what was recorded stays as it was.
        CREATE TRIGGER activity_version_is_append_only BEFORE UPDATE ON activity_version
            BEGIN SELECT RAISE(ABORT, 'recorded versions cannot be changed'); END;
        CREATE TRIGGER activity_version_is_not_deleted BEFORE DELETE ON activity_version
            BEGIN SELECT RAISE(ABORT, 'recorded versions cannot be deleted'); END;
        CREATE TRIGGER recording_is_append_only BEFORE UPDATE ON recording
            BEGIN SELECT RAISE(ABORT, 'recordings cannot be changed'); END;
        CREATE TRIGGER recording_is_not_deleted BEFORE DELETE ON recording
            BEGIN SELECT RAISE(ABORT, 'recordings cannot be deleted'); END;
        CREATE TRIGGER finding_is_append_only BEFORE UPDATE ON finding
            BEGIN SELECT RAISE(ABORT, 'recorded findings cannot be changed'); END;
        CREATE TRIGGER finding_is_not_deleted BEFORE DELETE ON finding
            BEGIN SELECT RAISE(ABORT, 'recorded findings cannot be deleted'); END;
        CREATE TRIGGER measure_is_append_only BEFORE UPDATE ON measure
            BEGIN SELECT RAISE(ABORT, 'recorded measures cannot be changed'); END;
        CREATE TRIGGER measure_is_not_deleted BEFORE DELETE ON measure
            BEGIN SELECT RAISE(ABORT, 'recorded measures cannot be deleted'); END;
        CREATE TRIGGER measure_event_is_append_only BEFORE UPDATE ON measure_event
            BEGIN SELECT RAISE(ABORT, 'measure updates cannot be changed; add a new update instead'); END;
        CREATE TRIGGER measure_event_is_not_deleted BEFORE DELETE ON measure_event
            BEGIN SELECT RAISE(ABORT, 'measure updates cannot be deleted; add a new update instead'); END;
        """
}
