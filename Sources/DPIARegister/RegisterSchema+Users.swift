extension RegisterSchema {
    /// The accounts of `dpia serve` and the activities assigned to project leads (`dpia users`).
    /// Released with `dpia serve`. Do not edit; append a new migration instead.
    ///
    /// A password is stored only as a bcrypt hash (60 characters, `$2b$` and the cost); the schema refuses
    /// anything else, so a plain password can never end up in the file. Users are not part of
    /// `dpia export`: an export is the register's content, not who may sign in.
    static let v2Users = """
        CREATE TABLE register_user (
            name TEXT NOT NULL PRIMARY KEY
                CHECK (length(name) BETWEEN 1 AND 64 AND name NOT GLOB '*[^a-z0-9._-]*'),
            role TEXT NOT NULL CHECK (role IN ('privacy-officer', 'project-lead', 'reviewer', 'viewer')),
            password_hash TEXT NOT NULL
                CHECK (length(password_hash) = 60 AND password_hash GLOB '$2[aby]$[0-9][0-9]$*'),
            created_on TEXT NOT NULL
                CHECK (created_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
        );

        -- The activities whose measures a project lead may update.
        CREATE TABLE user_assignment (
            user_name TEXT NOT NULL REFERENCES register_user(name) ON DELETE CASCADE,
            activity_id TEXT NOT NULL REFERENCES activity(id),
            PRIMARY KEY (user_name, activity_id)
        );
        CREATE INDEX user_assignment_by_activity ON user_assignment(activity_id);
        """

    /// The calendar feed token of a user (`dpia serve`: a calendar app subscribes to `/actions.ics` with it,
    /// as it cannot sign in). Released with the feed tokens. Do not edit; append a new migration instead.
    ///
    /// Only the SHA-256 of the token is stored (64 hex digits; the token itself is 256 random bits, so a
    /// slow hash adds nothing); a new token replaces the old one, removing the user removes the token.
    static let v3FeedTokens = """
        CREATE TABLE feed_token (
            user_name TEXT NOT NULL PRIMARY KEY REFERENCES register_user(name) ON DELETE CASCADE,
            token_hash TEXT NOT NULL UNIQUE
                CHECK (length(token_hash) = 64 AND token_hash NOT GLOB '*[^0-9a-f]*'),
            created_on TEXT NOT NULL
                CHECK (created_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
        );
        """
}
