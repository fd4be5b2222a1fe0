
use builtin;
use str;

set edit:completion:arg-completer[workout] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'workout'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'workout'= {
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --no-input 'Never prompt: a question becomes an error naming the flag to pass instead'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only data and errors: no hints or progress'
            cand --quiet 'Print only data and errors: no hints or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand user 'Users and their profiles'
            cand migrate 'Schema migrations'
            cand db 'The embedded default database'
            cand config 'The config file'
            cand completions 'Print shell completions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'workout;user'= {
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --no-input 'Never prompt: a question becomes an error naming the flag to pass instead'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only data and errors: no hints or progress'
            cand --quiet 'Print only data and errors: no hints or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show the acting user''s profile'
            cand set 'Change the acting user''s profile'
            cand add 'Add a user'
            cand list 'List the users of this database'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'workout;user;show'= {
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --no-input 'Never prompt: a question becomes an error naming the flag to pass instead'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only data and errors: no hints or progress'
            cand --quiet 'Print only data and errors: no hints or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'workout;user;set'= {
            cand --name 'Display name'
            cand --timezone 'IANA time zone, e.g. Europe/Berlin; times are shown in it'
            cand --weight-unit 'The unit weights are shown and typed in'
            cand --weight 'Body weight, e.g. 80, 80kg, 176lb (a bare number is in the weight unit)'
            cand --height 'Height in centimetres'
            cand --fitness-level 'beginner, intermediate, advanced or expert'
            cand --goals 'Free text: what you train for'
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --no-input 'Never prompt: a question becomes an error naming the flag to pass instead'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only data and errors: no hints or progress'
            cand --quiet 'Print only data and errors: no hints or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'workout;user;add'= {
            cand --name 'Display name'
            cand --timezone 'IANA time zone, e.g. Europe/Berlin; times are shown in it'
            cand --weight-unit 'The unit weights are shown and typed in'
            cand --weight 'Body weight, e.g. 80, 80kg, 176lb (a bare number is in the weight unit)'
            cand --height 'Height in centimetres'
            cand --fitness-level 'beginner, intermediate, advanced or expert'
            cand --goals 'Free text: what you train for'
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --no-input 'Never prompt: a question becomes an error naming the flag to pass instead'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only data and errors: no hints or progress'
            cand --quiet 'Print only data and errors: no hints or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'workout;user;list'= {
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --no-input 'Never prompt: a question becomes an error naming the flag to pass instead'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only data and errors: no hints or progress'
            cand --quiet 'Print only data and errors: no hints or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'workout;user;help'= {
            cand show 'Show the acting user''s profile'
            cand set 'Change the acting user''s profile'
            cand add 'Add a user'
            cand list 'List the users of this database'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'workout;user;help;show'= {
        }
        &'workout;user;help;set'= {
        }
        &'workout;user;help;add'= {
        }
        &'workout;user;help;list'= {
        }
        &'workout;user;help;help'= {
        }
        &'workout;migrate'= {
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --no-input 'Never prompt: a question becomes an error naming the flag to pass instead'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only data and errors: no hints or progress'
            cand --quiet 'Print only data and errors: no hints or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'List the schema migrations and which are applied'
            cand up 'Apply the pending schema migrations'
            cand down 'Revert the newest applied migration (refused while v2 holds data, unless --force)'
            cand legacy 'Carry the legacy workouts (v1) into sessions, sets and plans (v2); re-runnable'
            cand verify 'Check the legacy migration''s invariants per user (exit 4 on a mismatch)'
            cand rollback 'Remove everything the legacy migration created; legacy and native rows stay (confirms, or --yes)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'workout;migrate;status'= {
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --no-input 'Never prompt: a question becomes an error naming the flag to pass instead'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only data and errors: no hints or progress'
            cand --quiet 'Print only data and errors: no hints or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'workout;migrate;up'= {
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --no-input 'Never prompt: a question becomes an error naming the flag to pass instead'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only data and errors: no hints or progress'
            cand --quiet 'Print only data and errors: no hints or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'workout;migrate;down'= {
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --force 'Revert even though it drops tables and columns that hold data'
            cand --no-input 'Never prompt: a question becomes an error naming the flag to pass instead'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only data and errors: no hints or progress'
            cand --quiet 'Print only data and errors: no hints or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'workout;migrate;legacy'= {
            cand --batch-size 'Workouts per batch; each batch is one transaction'
            cand --backup 'Dump the legacy tables with `pg_dump -Fc` to FILE first; stop if that fails'
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --dry-run 'Compute the report without writing anything'
            cand --no-input 'Never prompt: a question becomes an error naming the flag to pass instead'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only data and errors: no hints or progress'
            cand --quiet 'Print only data and errors: no hints or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'workout;migrate;verify'= {
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --no-input 'Never prompt: a question becomes an error naming the flag to pass instead'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only data and errors: no hints or progress'
            cand --quiet 'Print only data and errors: no hints or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'workout;migrate;rollback'= {
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --no-input 'Never prompt: a question becomes an error naming the flag to pass instead'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only data and errors: no hints or progress'
            cand --quiet 'Print only data and errors: no hints or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'workout;migrate;help'= {
            cand status 'List the schema migrations and which are applied'
            cand up 'Apply the pending schema migrations'
            cand down 'Revert the newest applied migration (refused while v2 holds data, unless --force)'
            cand legacy 'Carry the legacy workouts (v1) into sessions, sets and plans (v2); re-runnable'
            cand verify 'Check the legacy migration''s invariants per user (exit 4 on a mismatch)'
            cand rollback 'Remove everything the legacy migration created; legacy and native rows stay (confirms, or --yes)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'workout;migrate;help;status'= {
        }
        &'workout;migrate;help;up'= {
        }
        &'workout;migrate;help;down'= {
        }
        &'workout;migrate;help;legacy'= {
        }
        &'workout;migrate;help;verify'= {
        }
        &'workout;migrate;help;rollback'= {
        }
        &'workout;migrate;help;help'= {
        }
        &'workout;db'= {
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --no-input 'Never prompt: a question becomes an error naming the flag to pass instead'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only data and errors: no hints or progress'
            cand --quiet 'Print only data and errors: no hints or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Whether the embedded database exists and runs, and where it lives'
            cand start 'Create the embedded database if needed and start it'
            cand stop 'Stop the embedded database''s server'
            cand url 'Print the embedded database''s URL (for psql and other tools)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'workout;db;status'= {
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --no-input 'Never prompt: a question becomes an error naming the flag to pass instead'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only data and errors: no hints or progress'
            cand --quiet 'Print only data and errors: no hints or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'workout;db;start'= {
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --no-input 'Never prompt: a question becomes an error naming the flag to pass instead'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only data and errors: no hints or progress'
            cand --quiet 'Print only data and errors: no hints or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'workout;db;stop'= {
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --no-input 'Never prompt: a question becomes an error naming the flag to pass instead'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only data and errors: no hints or progress'
            cand --quiet 'Print only data and errors: no hints or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'workout;db;url'= {
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --no-input 'Never prompt: a question becomes an error naming the flag to pass instead'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only data and errors: no hints or progress'
            cand --quiet 'Print only data and errors: no hints or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'workout;db;help'= {
            cand status 'Whether the embedded database exists and runs, and where it lives'
            cand start 'Create the embedded database if needed and start it'
            cand stop 'Stop the embedded database''s server'
            cand url 'Print the embedded database''s URL (for psql and other tools)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'workout;db;help;status'= {
        }
        &'workout;db;help;start'= {
        }
        &'workout;db;help;stop'= {
        }
        &'workout;db;help;url'= {
        }
        &'workout;db;help;help'= {
        }
        &'workout;config'= {
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --no-input 'Never prompt: a question becomes an error naming the flag to pass instead'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only data and errors: no hints or progress'
            cand --quiet 'Print only data and errors: no hints or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand path 'Print the config file''s path'
            cand show 'Show the settings in effect and where each comes from (passwords masked)'
            cand set 'Set a key in the config file: database_url or user'
            cand unset 'Remove a key from the config file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'workout;config;path'= {
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --no-input 'Never prompt: a question becomes an error naming the flag to pass instead'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only data and errors: no hints or progress'
            cand --quiet 'Print only data and errors: no hints or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'workout;config;show'= {
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --no-input 'Never prompt: a question becomes an error naming the flag to pass instead'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only data and errors: no hints or progress'
            cand --quiet 'Print only data and errors: no hints or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'workout;config;set'= {
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --no-input 'Never prompt: a question becomes an error naming the flag to pass instead'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only data and errors: no hints or progress'
            cand --quiet 'Print only data and errors: no hints or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'workout;config;unset'= {
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --no-input 'Never prompt: a question becomes an error naming the flag to pass instead'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only data and errors: no hints or progress'
            cand --quiet 'Print only data and errors: no hints or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'workout;config;help'= {
            cand path 'Print the config file''s path'
            cand show 'Show the settings in effect and where each comes from (passwords masked)'
            cand set 'Set a key in the config file: database_url or user'
            cand unset 'Remove a key from the config file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'workout;config;help;path'= {
        }
        &'workout;config;help;show'= {
        }
        &'workout;config;help;set'= {
        }
        &'workout;config;help;unset'= {
        }
        &'workout;config;help;help'= {
        }
        &'workout;completions'= {
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --no-input 'Never prompt: a question becomes an error naming the flag to pass instead'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only data and errors: no hints or progress'
            cand --quiet 'Print only data and errors: no hints or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'workout;help'= {
            cand user 'Users and their profiles'
            cand migrate 'Schema migrations'
            cand db 'The embedded default database'
            cand config 'The config file'
            cand completions 'Print shell completions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'workout;help;user'= {
            cand show 'Show the acting user''s profile'
            cand set 'Change the acting user''s profile'
            cand add 'Add a user'
            cand list 'List the users of this database'
        }
        &'workout;help;user;show'= {
        }
        &'workout;help;user;set'= {
        }
        &'workout;help;user;add'= {
        }
        &'workout;help;user;list'= {
        }
        &'workout;help;migrate'= {
            cand status 'List the schema migrations and which are applied'
            cand up 'Apply the pending schema migrations'
            cand down 'Revert the newest applied migration (refused while v2 holds data, unless --force)'
            cand legacy 'Carry the legacy workouts (v1) into sessions, sets and plans (v2); re-runnable'
            cand verify 'Check the legacy migration''s invariants per user (exit 4 on a mismatch)'
            cand rollback 'Remove everything the legacy migration created; legacy and native rows stay (confirms, or --yes)'
        }
        &'workout;help;migrate;status'= {
        }
        &'workout;help;migrate;up'= {
        }
        &'workout;help;migrate;down'= {
        }
        &'workout;help;migrate;legacy'= {
        }
        &'workout;help;migrate;verify'= {
        }
        &'workout;help;migrate;rollback'= {
        }
        &'workout;help;db'= {
            cand status 'Whether the embedded database exists and runs, and where it lives'
            cand start 'Create the embedded database if needed and start it'
            cand stop 'Stop the embedded database''s server'
            cand url 'Print the embedded database''s URL (for psql and other tools)'
        }
        &'workout;help;db;status'= {
        }
        &'workout;help;db;start'= {
        }
        &'workout;help;db;stop'= {
        }
        &'workout;help;db;url'= {
        }
        &'workout;help;config'= {
            cand path 'Print the config file''s path'
            cand show 'Show the settings in effect and where each comes from (passwords masked)'
            cand set 'Set a key in the config file: database_url or user'
            cand unset 'Remove a key from the config file'
        }
        &'workout;help;config;path'= {
        }
        &'workout;help;config;show'= {
        }
        &'workout;help;config;set'= {
        }
        &'workout;help;config;unset'= {
        }
        &'workout;help;completions'= {
        }
        &'workout;help;help'= {
        }
    ]
    $completions[$command]
}
