
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
            cand log 'Log sets: interactively on a terminal, or `log add` and friends'
            cand session 'Scheduled and performed workouts'
            cand plan 'Training plans: days, exercises with targets, status, scheduling'
            cand reminder 'Reminders: recurring, before a plan''s sessions or one session; dispatch and ICS'
            cand exercise 'The exercise catalog and your own exercises'
            cand user 'Users and their profiles'
            cand body 'Body weight, body fat and girths over time'
            cand migrate 'Schema migrations'
            cand db 'The embedded default database'
            cand config 'The config file'
            cand timer 'A rest countdown alone: `workout timer 90s` (bell and notification at the end)'
            cand plates 'Plates per side for a total: `workout plates 142.5` (config: bar_kg, plates_kg, ...)'
            cand completions 'Print shell completions'
            cand man 'Print the man page (roff): `workout man > ~/.local/share/man/man1/workout.1`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'workout;log'= {
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
            cand add 'Log sets without prompts: `workout log add "Bench Press" 5x5@100kg`'
            cand history 'Sets, newest first'
            cand prs 'Personal records per exercise'
            cand stats 'Per ISO week: sessions, sets, hard sets, volume per muscle group; streaks'
            cand progress 'An exercise''s estimated 1RM over time, as a chart (or its points)'
            cand edit 'Change one set'
            cand delete 'Delete one set (confirms, or --yes)'
            cand export 'Every set with its session, plan and exercise: --format csv|json|ndjson'
            cand import 'Sets and sessions from Strong, Hevy, FitNotes or `log export` csv'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'workout;log;add'= {
            cand --rpe 'Rate of perceived exertion, 1 to 10, for every set'
            cand --type 'The sets'' type: normal, warmup, drop, failure or amrap (docs/logging.md, "Set types")'
            cand --superset 'Superset group N within the session: exercises logged with the same N were done alternately'
            cand --date 'When, in your time zone: a date (noon) or date and HH:MM; dates as 2026-03-23, yesterday, mon, -2d; default now'
            cand --session 'Add to this session (id or prefix, current, next, last); default the session in progress, else that day''s, else a new one'
            cand --duration 'Cardio or timed work: 30m, 1h 5m, 90s'
            cand --distance 'Cardio distance: 5km, 800m, 3mi'
            cand --notes 'notes'
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --warmup 'These are warm-up sets (the same as --type warmup)'
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
        &'workout;log;history'= {
            cand --exercise 'Only this exercise'
            cand --since 'From this local date (YYYY-MM-DD, yesterday, mon, -2d)'
            cand --until 'Up to and including this local date'
            cand --session 'Only this session'
            cand --limit 'At most this many sets'
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --all 'Every matching set'
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
        &'workout;log;prs'= {
            cand --exercise 'Only this exercise'
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
        &'workout;log;stats'= {
            cand --weeks 'The last N ISO weeks, this one included'
            cand --since 'From this local date instead (YYYY-MM-DD)'
            cand --until 'Up to and including this local date'
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
        &'workout;log;progress'= {
            cand --since 'From this local date (YYYY-MM-DD)'
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
        &'workout;log;edit'= {
            cand --reps 'reps'
            cand --weight 'A weight (100kg, 225lb, 100 in your unit) or `bw` for body weight'
            cand --rpe '1 to 10, or `none`'
            cand --type 'Its type: normal, warmup, drop, failure or amrap'
            cand --superset 'Its superset group within the session (1-99), or `none`'
            cand --notes 'New notes (`""` clears them)'
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --warmup 'Mark it a warm-up set'
            cand --no-warmup 'Mark it a working set'
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
        &'workout;log;delete'= {
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
        &'workout;log;export'= {
            cand --exercise 'Only this exercise'
            cand --since 'From this local date (YYYY-MM-DD)'
            cand --until 'Up to and including this local date'
            cand -o 'Write to this file instead of stdout (with a progress bar on a terminal)'
            cand --output 'Write to this file instead of stdout (with a progress bar on a terminal)'
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --spreadsheet-safe 'CSV for spreadsheets: a text cell that starts with =, +, -, @, a tab or a CR gets a leading '' so it never runs as a formula (not for `log import`: the '' stays in the text)'
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
        &'workout;log;import'= {
            cand --from 'The app the file comes from (default: told from its header)'
            cand --unit 'The weight unit, where the file does not say (Strong''s common layout)'
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --skip-invalid 'Import the rows that can be read, and report the others'
            cand --dry-run 'Report what would be imported, and write nothing'
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
        &'workout;log;help'= {
            cand add 'Log sets without prompts: `workout log add "Bench Press" 5x5@100kg`'
            cand history 'Sets, newest first'
            cand prs 'Personal records per exercise'
            cand stats 'Per ISO week: sessions, sets, hard sets, volume per muscle group; streaks'
            cand progress 'An exercise''s estimated 1RM over time, as a chart (or its points)'
            cand edit 'Change one set'
            cand delete 'Delete one set (confirms, or --yes)'
            cand export 'Every set with its session, plan and exercise: --format csv|json|ndjson'
            cand import 'Sets and sessions from Strong, Hevy, FitNotes or `log export` csv'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'workout;log;help;add'= {
        }
        &'workout;log;help;history'= {
        }
        &'workout;log;help;prs'= {
        }
        &'workout;log;help;stats'= {
        }
        &'workout;log;help;progress'= {
        }
        &'workout;log;help;edit'= {
        }
        &'workout;log;help;delete'= {
        }
        &'workout;log;help;export'= {
        }
        &'workout;log;help;import'= {
        }
        &'workout;log;help;help'= {
        }
        &'workout;session'= {
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
            cand list 'List sessions: the upcoming ones unless told otherwise'
            cand show 'A session''s sets by exercise, with totals and the plan''s targets'
            cand schedule 'Schedule a one-off session'
            cand start 'Start a scheduled session'
            cand complete 'Complete a session (raises plan targets whose every target was met)'
            cand skip 'Skip a scheduled session'
            cand cancel 'Cancel a scheduled or running session'
            cand delete 'Delete a session and its sets (confirms, or --yes)'
            cand unstart 'Take a started session with no sets back to scheduled'
            cand reschedule 'Move a scheduled session to another time (its reminders follow)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'workout;session;list'= {
            cand --status 'Only these statuses (comma-separated): scheduled, in-progress, completed, skipped, cancelled'
            cand --since 'From this local date (YYYY-MM-DD)'
            cand --until 'Up to and including this local date'
            cand --limit 'At most this many'
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --upcoming 'Scheduled and running sessions from today on (the default)'
            cand --past 'Sessions before now, newest first'
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
        &'workout;session;show'= {
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
        &'workout;session;schedule'= {
            cand --at 'When, in your time zone: YYYY-MM-DD HH:MM, or today/tomorrow HH:MM'
            cand --plan 'A plan it belongs to (name or id)'
            cand --day 'The plan day it trains (name or position), with --plan'
            cand --notes 'notes'
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
        &'workout;session;start'= {
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
        &'workout;session;complete'= {
            cand --duration 'How long it took, e.g. 55m (else the time since it was started)'
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
        &'workout;session;skip'= {
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
        &'workout;session;cancel'= {
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
        &'workout;session;delete'= {
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
        &'workout;session;unstart'= {
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
        &'workout;session;reschedule'= {
            cand --at 'When, in your time zone: YYYY-MM-DD HH:MM, or today/tomorrow HH:MM'
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
        &'workout;session;help'= {
            cand list 'List sessions: the upcoming ones unless told otherwise'
            cand show 'A session''s sets by exercise, with totals and the plan''s targets'
            cand schedule 'Schedule a one-off session'
            cand start 'Start a scheduled session'
            cand complete 'Complete a session (raises plan targets whose every target was met)'
            cand skip 'Skip a scheduled session'
            cand cancel 'Cancel a scheduled or running session'
            cand delete 'Delete a session and its sets (confirms, or --yes)'
            cand unstart 'Take a started session with no sets back to scheduled'
            cand reschedule 'Move a scheduled session to another time (its reminders follow)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'workout;session;help;list'= {
        }
        &'workout;session;help;show'= {
        }
        &'workout;session;help;schedule'= {
        }
        &'workout;session;help;start'= {
        }
        &'workout;session;help;complete'= {
        }
        &'workout;session;help;skip'= {
        }
        &'workout;session;help;cancel'= {
        }
        &'workout;session;help;delete'= {
        }
        &'workout;session;help;unstart'= {
        }
        &'workout;session;help;reschedule'= {
        }
        &'workout;session;help;help'= {
        }
        &'workout;plan'= {
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
            cand create 'Create a plan (prompts for the name on a terminal when not given)'
            cand list 'List your plans'
            cand show 'Show a plan''s days and exercises with their targets'
            cand edit 'Change a plan''s name, description or goal'
            cand add-day 'Add a day (a workout template such as "Push A") at the end of a plan'
            cand edit-day 'Change a day''s name, weekdays, notes or time'
            cand remove-day 'Remove a day, its exercises and its scheduled sessions (confirms, or --yes)'
            cand move-day 'Move a day to another place in the plan'
            cand add-exercise 'Add an exercise with its targets at the end of a day'
            cand edit-exercise 'Remove an exercise from a day Change a plan exercise''s targets in place (the others stay)'
            cand remove-exercise 'remove-exercise'
            cand move-exercise 'Move an exercise to another place in its day'
            cand activate 'Start a plan (from draft or paused; a finished plan needs --force)'
            cand pause 'Pause an active plan'
            cand complete 'Mark an active or paused plan as completed'
            cand archive 'Archive a plan'
            cand delete 'Delete a plan; sessions already done keep their history'
            cand schedule 'Make scheduled sessions from the plan days'' weekdays'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'workout;plan;create'= {
            cand --description 'description'
            cand --goal 'What the plan is for, e.g. "first pull-up"'
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
        &'workout;plan;list'= {
            cand --status 'Only plans with this status: draft, active, paused, completed, archived'
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
        &'workout;plan;show'= {
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
        &'workout;plan;edit'= {
            cand --name 'A new name'
            cand --description 'description'
            cand --goal 'goal'
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
        &'workout;plan;add-day'= {
            cand --weekdays 'The weekdays it is trained on, e.g. mon,thu (or 1,4)'
            cand --notes 'notes'
            cand --at 'Its own time of day, HH:MM in your time zone (`plan schedule` uses it over its --at)'
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
        &'workout;plan;edit-day'= {
            cand --name 'A new name'
            cand --weekdays 'New weekdays, e.g. tue,fri'
            cand --notes 'notes'
            cand --at 'Its own time of day, HH:MM in your time zone, or none to use the plan-wide one'
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
        &'workout;plan;remove-day'= {
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
        &'workout;plan;move-day'= {
            cand --to 'Its new number (1 is the first)'
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
        &'workout;plan;add-exercise'= {
            cand --sets 'Target sets'
            cand --reps 'Target reps: 8, or a range such as 8-12'
            cand --weight 'Target weight: 100kg, 225lb, or a number in your unit'
            cand --rpe 'Target RPE, 1 to 10'
            cand --rest 'Rest between sets: 90s, 2m, 1m30s'
            cand --progression 'Add this much weight after a session where every target was met: 2.5kg, 5lb'
            cand --notes 'notes'
            cand --superset 'Superset group N within the day: exercises with the same N are done alternately (shown as A1, A2, ...)'
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
        &'workout;plan;edit-exercise'= {
            cand --sets 'Target sets'
            cand --reps 'Target reps: 8, or a range such as 8-12'
            cand --weight 'Target weight: 100kg, 225lb, or a number in your unit'
            cand --rpe 'Target RPE, 1 to 10'
            cand --rest 'Rest between sets: 90s, 2m, 1m30s'
            cand --progression 'Add this much weight after a session where every target was met: 2.5kg, 5lb'
            cand --notes 'notes'
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
        &'workout;plan;remove-exercise'= {
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
        &'workout;plan;move-exercise'= {
            cand --to 'Its new number (1 is the first)'
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
        &'workout;plan;activate'= {
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --force 'Activate a completed or archived plan again'
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
        &'workout;plan;pause'= {
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
        &'workout;plan;complete'= {
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
        &'workout;plan;archive'= {
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
        &'workout;plan;delete'= {
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
        &'workout;plan;schedule'= {
            cand --since 'The first date, YYYY-MM-DD (default: today in your time zone)'
            cand --weeks 'How many weeks from that date'
            cand --at 'The time of day, HH:MM in your time zone, of the days without their own (`plan edit-day --at`); needed unless every day has one'
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
        &'workout;plan;help'= {
            cand create 'Create a plan (prompts for the name on a terminal when not given)'
            cand list 'List your plans'
            cand show 'Show a plan''s days and exercises with their targets'
            cand edit 'Change a plan''s name, description or goal'
            cand add-day 'Add a day (a workout template such as "Push A") at the end of a plan'
            cand edit-day 'Change a day''s name, weekdays, notes or time'
            cand remove-day 'Remove a day, its exercises and its scheduled sessions (confirms, or --yes)'
            cand move-day 'Move a day to another place in the plan'
            cand add-exercise 'Add an exercise with its targets at the end of a day'
            cand edit-exercise 'Remove an exercise from a day Change a plan exercise''s targets in place (the others stay)'
            cand remove-exercise 'remove-exercise'
            cand move-exercise 'Move an exercise to another place in its day'
            cand activate 'Start a plan (from draft or paused; a finished plan needs --force)'
            cand pause 'Pause an active plan'
            cand complete 'Mark an active or paused plan as completed'
            cand archive 'Archive a plan'
            cand delete 'Delete a plan; sessions already done keep their history'
            cand schedule 'Make scheduled sessions from the plan days'' weekdays'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'workout;plan;help;create'= {
        }
        &'workout;plan;help;list'= {
        }
        &'workout;plan;help;show'= {
        }
        &'workout;plan;help;edit'= {
        }
        &'workout;plan;help;add-day'= {
        }
        &'workout;plan;help;edit-day'= {
        }
        &'workout;plan;help;remove-day'= {
        }
        &'workout;plan;help;move-day'= {
        }
        &'workout;plan;help;add-exercise'= {
        }
        &'workout;plan;help;edit-exercise'= {
        }
        &'workout;plan;help;remove-exercise'= {
        }
        &'workout;plan;help;move-exercise'= {
        }
        &'workout;plan;help;activate'= {
        }
        &'workout;plan;help;pause'= {
        }
        &'workout;plan;help;complete'= {
        }
        &'workout;plan;help;archive'= {
        }
        &'workout;plan;help;delete'= {
        }
        &'workout;plan;help;schedule'= {
        }
        &'workout;plan;help;help'= {
        }
        &'workout;reminder'= {
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
            cand add 'Add a reminder: weekly (--weekdays, --at), before each scheduled session of a plan (--plan), or before one session (--session)'
            cand list 'List your reminders'
            cand show 'One reminder, with when it fires next'
            cand enable 'Turn a reminder back on: it fires next at its first occurrence from now'
            cand disable 'Turn a reminder off: it does not fire until enabled'
            cand remove 'Remove a reminder and its delivery history (confirms, or --yes)'
            cand due 'Print the reminders due now (and soon, with --within), changing nothing'
            cand dispatch 'Fire the due reminders, each occurrence exactly once'
            cand ics 'Print an iCalendar (RFC 5545) file of your reminders and scheduled sessions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'workout;reminder;add'= {
            cand --weekdays 'Weekdays of a recurring reminder: mon,wed,fri (or 1,3,5)'
            cand --at 'Local time of a recurring reminder, HH:MM'
            cand --timezone 'IANA time zone of --at (else your profile''s, which the reminder then follows)'
            cand --plan 'Remind before every scheduled session of this plan (name or id)'
            cand --session 'Remind before this session (id prefix, or next)'
            cand --before 'How long before the session, e.g. 30m or 1h (default: at its start)'
            cand --title 'What the reminder says (else one made from what it is for)'
            cand --message 'A longer message delivered with the title'
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
        &'workout;reminder;list'= {
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
        &'workout;reminder;show'= {
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
        &'workout;reminder;enable'= {
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
        &'workout;reminder;disable'= {
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
        &'workout;reminder;remove'= {
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
        &'workout;reminder;due'= {
            cand --within 'Also those due within this long from now, e.g. 2h'
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
        &'workout;reminder;dispatch'= {
            cand --exec 'Deliver by running this shell command once per reminder, with the reminder in WORKOUT_REMINDER_* environment variables'
            cand --timeout 'With --exec: kill a command (its whole process group) that runs longer than this, and leave its reminder due (e.g. 30s, 2m)'
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --notify 'Deliver as desktop notifications (needs notify-send)'
            cand --watch 'Keep dispatching every minute until interrupted (for a user service)'
            cand --all-users 'Dispatch every user''s due reminders, not one user''s (for the operator of a server; acts as no user)'
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
        &'workout;reminder;ics'= {
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
        &'workout;reminder;help'= {
            cand add 'Add a reminder: weekly (--weekdays, --at), before each scheduled session of a plan (--plan), or before one session (--session)'
            cand list 'List your reminders'
            cand show 'One reminder, with when it fires next'
            cand enable 'Turn a reminder back on: it fires next at its first occurrence from now'
            cand disable 'Turn a reminder off: it does not fire until enabled'
            cand remove 'Remove a reminder and its delivery history (confirms, or --yes)'
            cand due 'Print the reminders due now (and soon, with --within), changing nothing'
            cand dispatch 'Fire the due reminders, each occurrence exactly once'
            cand ics 'Print an iCalendar (RFC 5545) file of your reminders and scheduled sessions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'workout;reminder;help;add'= {
        }
        &'workout;reminder;help;list'= {
        }
        &'workout;reminder;help;show'= {
        }
        &'workout;reminder;help;enable'= {
        }
        &'workout;reminder;help;disable'= {
        }
        &'workout;reminder;help;remove'= {
        }
        &'workout;reminder;help;due'= {
        }
        &'workout;reminder;help;dispatch'= {
        }
        &'workout;reminder;help;ics'= {
        }
        &'workout;reminder;help;help'= {
        }
        &'workout;exercise'= {
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
            cand list 'List the catalog and your own exercises, filtered'
            cand show 'Show one exercise, by name (case-insensitive) or id prefix'
            cand add 'Add an exercise of your own'
            cand edit 'Change an exercise you added (catalog exercises cannot be changed)'
            cand import 'Import exercises from a file in free-exercise-db''s JSON format, as your own'
            cand rename 'Rename an exercise you added; the old name stays as an alias'
            cand alias 'Your own names for exercises (shared ones too), matched wherever a name is'
            cand merge 'Move every set, plan entry and session target of an exercise you added onto another, delete it and keep its name as an alias'
            cand delete 'Delete an exercise you added that nothing uses'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'workout;exercise;list'= {
            cand --muscle 'Primary muscle group, e.g. chest, "lower back", quadriceps'
            cand --equipment 'Equipment, e.g. barbell, dumbbell, "body only"'
            cand --level 'beginner, intermediate or expert'
            cand --category 'strength, cardio, stretching, plyometrics, powerlifting, olympic-weightlifting, strongman'
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --mine 'Only the exercises you added'
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
        &'workout;exercise;show'= {
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
        &'workout;exercise;add'= {
            cand --muscle 'Primary muscle group'
            cand --secondary 'Secondary muscle groups, comma-separated (replaces the list)'
            cand --equipment 'Equipment, e.g. barbell'
            cand --level 'beginner, intermediate or expert'
            cand --category 'strength (the default for a new exercise), cardio, stretching, ...'
            cand --mechanic 'compound or isolation'
            cand --force 'push, pull or static'
            cand --description 'A short description'
            cand --instructions 'How to do it'
            cand --tracks 'What its sets record: weight-reps, bodyweight (reps, optional added load), assisted (reps, assistance), reps, duration or distance'
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
        &'workout;exercise;edit'= {
            cand --name 'A new name'
            cand --muscle 'Primary muscle group'
            cand --secondary 'Secondary muscle groups, comma-separated (replaces the list)'
            cand --equipment 'Equipment, e.g. barbell'
            cand --level 'beginner, intermediate or expert'
            cand --category 'strength (the default for a new exercise), cardio, stretching, ...'
            cand --mechanic 'compound or isolation'
            cand --force 'push, pull or static'
            cand --description 'A short description'
            cand --instructions 'How to do it'
            cand --tracks 'What its sets record: weight-reps, bodyweight (reps, optional added load), assisted (reps, assistance), reps, duration or distance'
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
        &'workout;exercise;import'= {
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --shared 'Administrative: also give shared catalog exercises the instructions they lack (never their facts); only for the database role that owns the schema (the one `workout migrate` runs as)'
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
        &'workout;exercise;rename'= {
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
        &'workout;exercise;alias'= {
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
            cand add 'Give an exercise (yours or shared) another name of your own'
            cand list 'List your aliases'
            cand remove 'Remove one of your aliases'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'workout;exercise;alias;add'= {
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
        &'workout;exercise;alias;list'= {
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
        &'workout;exercise;alias;remove'= {
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
        &'workout;exercise;alias;help'= {
            cand add 'Give an exercise (yours or shared) another name of your own'
            cand list 'List your aliases'
            cand remove 'Remove one of your aliases'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'workout;exercise;alias;help;add'= {
        }
        &'workout;exercise;alias;help;list'= {
        }
        &'workout;exercise;alias;help;remove'= {
        }
        &'workout;exercise;alias;help;help'= {
        }
        &'workout;exercise;merge'= {
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
        &'workout;exercise;delete'= {
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
        &'workout;exercise;help'= {
            cand list 'List the catalog and your own exercises, filtered'
            cand show 'Show one exercise, by name (case-insensitive) or id prefix'
            cand add 'Add an exercise of your own'
            cand edit 'Change an exercise you added (catalog exercises cannot be changed)'
            cand import 'Import exercises from a file in free-exercise-db''s JSON format, as your own'
            cand rename 'Rename an exercise you added; the old name stays as an alias'
            cand alias 'Your own names for exercises (shared ones too), matched wherever a name is'
            cand merge 'Move every set, plan entry and session target of an exercise you added onto another, delete it and keep its name as an alias'
            cand delete 'Delete an exercise you added that nothing uses'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'workout;exercise;help;list'= {
        }
        &'workout;exercise;help;show'= {
        }
        &'workout;exercise;help;add'= {
        }
        &'workout;exercise;help;edit'= {
        }
        &'workout;exercise;help;import'= {
        }
        &'workout;exercise;help;rename'= {
        }
        &'workout;exercise;help;alias'= {
            cand add 'Give an exercise (yours or shared) another name of your own'
            cand list 'List your aliases'
            cand remove 'Remove one of your aliases'
        }
        &'workout;exercise;help;alias;add'= {
        }
        &'workout;exercise;help;alias;list'= {
        }
        &'workout;exercise;help;alias;remove'= {
        }
        &'workout;exercise;help;merge'= {
        }
        &'workout;exercise;help;delete'= {
        }
        &'workout;exercise;help;help'= {
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
        &'workout;body'= {
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
            cand add 'Record a measurement: `workout body add 80.4kg --waist 82cm`'
            cand list 'Measurements, oldest first'
            cand delete 'Delete one measurement (confirms, or --yes)'
            cand chart 'Body weight over time, as a chart (or its points)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'workout;body;add'= {
            cand --date 'The local date measured (YYYY-MM-DD; default: now)'
            cand --body-fat 'Body fat in percent, e.g. 18'
            cand --waist 'Waist girth, e.g. 82cm, 32in (a bare number: cm for kg users, in for lb users)'
            cand --chest 'Chest girth'
            cand --arm 'Arm girth'
            cand --thigh 'Thigh girth'
            cand --hips 'Hips girth'
            cand --neck 'Neck girth'
            cand --notes 'Free text'
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
        &'workout;body;list'= {
            cand --since 'From this local date (YYYY-MM-DD)'
            cand --until 'Up to and including this local date (YYYY-MM-DD)'
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
        &'workout;body;delete'= {
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
        &'workout;body;chart'= {
            cand --since 'From this local date (YYYY-MM-DD)'
            cand --until 'Up to and including this local date (YYYY-MM-DD)'
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
        &'workout;body;help'= {
            cand add 'Record a measurement: `workout body add 80.4kg --waist 82cm`'
            cand list 'Measurements, oldest first'
            cand delete 'Delete one measurement (confirms, or --yes)'
            cand chart 'Body weight over time, as a chart (or its points)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'workout;body;help;add'= {
        }
        &'workout;body;help;list'= {
        }
        &'workout;body;help;delete'= {
        }
        &'workout;body;help;chart'= {
        }
        &'workout;body;help;help'= {
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
            cand dual-write 'Keep the legacy tables and v2 in step with triggers while the old app still writes'
            cand cutover 'Retire the old app: dual-write off, a last `migrate legacy` and `verify`, the legacy tables moved into schema `legacy`'
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
            cand --backup 'Dump the legacy tables with `pg_dump -Fc` to FILE first (0600, replaced only on success); stop if that fails'
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
        &'workout;migrate;dual-write'= {
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
            cand enable 'Bring both sides in step (a `migrate legacy` run, then native sessions mirrored) and install the triggers'
            cand disable 'Remove every trigger and function `enable` installed'
            cand status 'The transition phase, the installed triggers, and any rows not in step (also --format json)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'workout;migrate;dual-write;enable'= {
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
        &'workout;migrate;dual-write;disable'= {
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
        &'workout;migrate;dual-write;status'= {
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
        &'workout;migrate;dual-write;help'= {
            cand enable 'Bring both sides in step (a `migrate legacy` run, then native sessions mirrored) and install the triggers'
            cand disable 'Remove every trigger and function `enable` installed'
            cand status 'The transition phase, the installed triggers, and any rows not in step (also --format json)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'workout;migrate;dual-write;help;enable'= {
        }
        &'workout;migrate;dual-write;help;disable'= {
        }
        &'workout;migrate;dual-write;help;status'= {
        }
        &'workout;migrate;dual-write;help;help'= {
        }
        &'workout;migrate;cutover'= {
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --undo 'Put the legacy tables back into schema public and turn dual-write on again'
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
            cand dual-write 'Keep the legacy tables and v2 in step with triggers while the old app still writes'
            cand cutover 'Retire the old app: dual-write off, a last `migrate legacy` and `verify`, the legacy tables moved into schema `legacy`'
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
        &'workout;migrate;help;dual-write'= {
            cand enable 'Bring both sides in step (a `migrate legacy` run, then native sessions mirrored) and install the triggers'
            cand disable 'Remove every trigger and function `enable` installed'
            cand status 'The transition phase, the installed triggers, and any rows not in step (also --format json)'
        }
        &'workout;migrate;help;dual-write;enable'= {
        }
        &'workout;migrate;help;dual-write;disable'= {
        }
        &'workout;migrate;help;dual-write;status'= {
        }
        &'workout;migrate;help;cutover'= {
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
            cand check 'Compare the personal records and training weeks the database keeps with a fresh computation from the sets; list the differences (exit 4 if any)'
            cand rebuild 'Recompute the personal records and training weeks the database keeps from the sets, in one transaction'
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
        &'workout;db;check'= {
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --all-users 'Every user''s records, not only the acting user''s'
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
        &'workout;db;rebuild'= {
            cand --database-url 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)'
            cand --user 'Act as the user with this e-mail (else WORKOUT_USER, the config file)'
            cand --format 'Output format of data on stdout'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --all-users 'Every user''s records, not only the acting user''s'
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
            cand check 'Compare the personal records and training weeks the database keeps with a fresh computation from the sets; list the differences (exit 4 if any)'
            cand rebuild 'Recompute the personal records and training weeks the database keeps from the sets, in one transaction'
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
        &'workout;db;help;check'= {
        }
        &'workout;db;help;rebuild'= {
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
            cand set 'Set a key in the config file: database_url, user, bar_kg, plates_kg, bar_lb, plates_lb, rest_weighted, rest_bodyweight, rest_timed'
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
            cand set 'Set a key in the config file: database_url, user, bar_kg, plates_kg, bar_lb, plates_lb, rest_weighted, rest_bodyweight, rest_timed'
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
        &'workout;timer'= {
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
        &'workout;plates'= {
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
        &'workout;man'= {
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
            cand log 'Log sets: interactively on a terminal, or `log add` and friends'
            cand session 'Scheduled and performed workouts'
            cand plan 'Training plans: days, exercises with targets, status, scheduling'
            cand reminder 'Reminders: recurring, before a plan''s sessions or one session; dispatch and ICS'
            cand exercise 'The exercise catalog and your own exercises'
            cand user 'Users and their profiles'
            cand body 'Body weight, body fat and girths over time'
            cand migrate 'Schema migrations'
            cand db 'The embedded default database'
            cand config 'The config file'
            cand timer 'A rest countdown alone: `workout timer 90s` (bell and notification at the end)'
            cand plates 'Plates per side for a total: `workout plates 142.5` (config: bar_kg, plates_kg, ...)'
            cand completions 'Print shell completions'
            cand man 'Print the man page (roff): `workout man > ~/.local/share/man/man1/workout.1`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'workout;help;log'= {
            cand add 'Log sets without prompts: `workout log add "Bench Press" 5x5@100kg`'
            cand history 'Sets, newest first'
            cand prs 'Personal records per exercise'
            cand stats 'Per ISO week: sessions, sets, hard sets, volume per muscle group; streaks'
            cand progress 'An exercise''s estimated 1RM over time, as a chart (or its points)'
            cand edit 'Change one set'
            cand delete 'Delete one set (confirms, or --yes)'
            cand export 'Every set with its session, plan and exercise: --format csv|json|ndjson'
            cand import 'Sets and sessions from Strong, Hevy, FitNotes or `log export` csv'
        }
        &'workout;help;log;add'= {
        }
        &'workout;help;log;history'= {
        }
        &'workout;help;log;prs'= {
        }
        &'workout;help;log;stats'= {
        }
        &'workout;help;log;progress'= {
        }
        &'workout;help;log;edit'= {
        }
        &'workout;help;log;delete'= {
        }
        &'workout;help;log;export'= {
        }
        &'workout;help;log;import'= {
        }
        &'workout;help;session'= {
            cand list 'List sessions: the upcoming ones unless told otherwise'
            cand show 'A session''s sets by exercise, with totals and the plan''s targets'
            cand schedule 'Schedule a one-off session'
            cand start 'Start a scheduled session'
            cand complete 'Complete a session (raises plan targets whose every target was met)'
            cand skip 'Skip a scheduled session'
            cand cancel 'Cancel a scheduled or running session'
            cand delete 'Delete a session and its sets (confirms, or --yes)'
            cand unstart 'Take a started session with no sets back to scheduled'
            cand reschedule 'Move a scheduled session to another time (its reminders follow)'
        }
        &'workout;help;session;list'= {
        }
        &'workout;help;session;show'= {
        }
        &'workout;help;session;schedule'= {
        }
        &'workout;help;session;start'= {
        }
        &'workout;help;session;complete'= {
        }
        &'workout;help;session;skip'= {
        }
        &'workout;help;session;cancel'= {
        }
        &'workout;help;session;delete'= {
        }
        &'workout;help;session;unstart'= {
        }
        &'workout;help;session;reschedule'= {
        }
        &'workout;help;plan'= {
            cand create 'Create a plan (prompts for the name on a terminal when not given)'
            cand list 'List your plans'
            cand show 'Show a plan''s days and exercises with their targets'
            cand edit 'Change a plan''s name, description or goal'
            cand add-day 'Add a day (a workout template such as "Push A") at the end of a plan'
            cand edit-day 'Change a day''s name, weekdays, notes or time'
            cand remove-day 'Remove a day, its exercises and its scheduled sessions (confirms, or --yes)'
            cand move-day 'Move a day to another place in the plan'
            cand add-exercise 'Add an exercise with its targets at the end of a day'
            cand edit-exercise 'Remove an exercise from a day Change a plan exercise''s targets in place (the others stay)'
            cand remove-exercise 'remove-exercise'
            cand move-exercise 'Move an exercise to another place in its day'
            cand activate 'Start a plan (from draft or paused; a finished plan needs --force)'
            cand pause 'Pause an active plan'
            cand complete 'Mark an active or paused plan as completed'
            cand archive 'Archive a plan'
            cand delete 'Delete a plan; sessions already done keep their history'
            cand schedule 'Make scheduled sessions from the plan days'' weekdays'
        }
        &'workout;help;plan;create'= {
        }
        &'workout;help;plan;list'= {
        }
        &'workout;help;plan;show'= {
        }
        &'workout;help;plan;edit'= {
        }
        &'workout;help;plan;add-day'= {
        }
        &'workout;help;plan;edit-day'= {
        }
        &'workout;help;plan;remove-day'= {
        }
        &'workout;help;plan;move-day'= {
        }
        &'workout;help;plan;add-exercise'= {
        }
        &'workout;help;plan;edit-exercise'= {
        }
        &'workout;help;plan;remove-exercise'= {
        }
        &'workout;help;plan;move-exercise'= {
        }
        &'workout;help;plan;activate'= {
        }
        &'workout;help;plan;pause'= {
        }
        &'workout;help;plan;complete'= {
        }
        &'workout;help;plan;archive'= {
        }
        &'workout;help;plan;delete'= {
        }
        &'workout;help;plan;schedule'= {
        }
        &'workout;help;reminder'= {
            cand add 'Add a reminder: weekly (--weekdays, --at), before each scheduled session of a plan (--plan), or before one session (--session)'
            cand list 'List your reminders'
            cand show 'One reminder, with when it fires next'
            cand enable 'Turn a reminder back on: it fires next at its first occurrence from now'
            cand disable 'Turn a reminder off: it does not fire until enabled'
            cand remove 'Remove a reminder and its delivery history (confirms, or --yes)'
            cand due 'Print the reminders due now (and soon, with --within), changing nothing'
            cand dispatch 'Fire the due reminders, each occurrence exactly once'
            cand ics 'Print an iCalendar (RFC 5545) file of your reminders and scheduled sessions'
        }
        &'workout;help;reminder;add'= {
        }
        &'workout;help;reminder;list'= {
        }
        &'workout;help;reminder;show'= {
        }
        &'workout;help;reminder;enable'= {
        }
        &'workout;help;reminder;disable'= {
        }
        &'workout;help;reminder;remove'= {
        }
        &'workout;help;reminder;due'= {
        }
        &'workout;help;reminder;dispatch'= {
        }
        &'workout;help;reminder;ics'= {
        }
        &'workout;help;exercise'= {
            cand list 'List the catalog and your own exercises, filtered'
            cand show 'Show one exercise, by name (case-insensitive) or id prefix'
            cand add 'Add an exercise of your own'
            cand edit 'Change an exercise you added (catalog exercises cannot be changed)'
            cand import 'Import exercises from a file in free-exercise-db''s JSON format, as your own'
            cand rename 'Rename an exercise you added; the old name stays as an alias'
            cand alias 'Your own names for exercises (shared ones too), matched wherever a name is'
            cand merge 'Move every set, plan entry and session target of an exercise you added onto another, delete it and keep its name as an alias'
            cand delete 'Delete an exercise you added that nothing uses'
        }
        &'workout;help;exercise;list'= {
        }
        &'workout;help;exercise;show'= {
        }
        &'workout;help;exercise;add'= {
        }
        &'workout;help;exercise;edit'= {
        }
        &'workout;help;exercise;import'= {
        }
        &'workout;help;exercise;rename'= {
        }
        &'workout;help;exercise;alias'= {
            cand add 'Give an exercise (yours or shared) another name of your own'
            cand list 'List your aliases'
            cand remove 'Remove one of your aliases'
        }
        &'workout;help;exercise;alias;add'= {
        }
        &'workout;help;exercise;alias;list'= {
        }
        &'workout;help;exercise;alias;remove'= {
        }
        &'workout;help;exercise;merge'= {
        }
        &'workout;help;exercise;delete'= {
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
        &'workout;help;body'= {
            cand add 'Record a measurement: `workout body add 80.4kg --waist 82cm`'
            cand list 'Measurements, oldest first'
            cand delete 'Delete one measurement (confirms, or --yes)'
            cand chart 'Body weight over time, as a chart (or its points)'
        }
        &'workout;help;body;add'= {
        }
        &'workout;help;body;list'= {
        }
        &'workout;help;body;delete'= {
        }
        &'workout;help;body;chart'= {
        }
        &'workout;help;migrate'= {
            cand status 'List the schema migrations and which are applied'
            cand up 'Apply the pending schema migrations'
            cand down 'Revert the newest applied migration (refused while v2 holds data, unless --force)'
            cand legacy 'Carry the legacy workouts (v1) into sessions, sets and plans (v2); re-runnable'
            cand verify 'Check the legacy migration''s invariants per user (exit 4 on a mismatch)'
            cand rollback 'Remove everything the legacy migration created; legacy and native rows stay (confirms, or --yes)'
            cand dual-write 'Keep the legacy tables and v2 in step with triggers while the old app still writes'
            cand cutover 'Retire the old app: dual-write off, a last `migrate legacy` and `verify`, the legacy tables moved into schema `legacy`'
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
        &'workout;help;migrate;dual-write'= {
            cand enable 'Bring both sides in step (a `migrate legacy` run, then native sessions mirrored) and install the triggers'
            cand disable 'Remove every trigger and function `enable` installed'
            cand status 'The transition phase, the installed triggers, and any rows not in step (also --format json)'
        }
        &'workout;help;migrate;dual-write;enable'= {
        }
        &'workout;help;migrate;dual-write;disable'= {
        }
        &'workout;help;migrate;dual-write;status'= {
        }
        &'workout;help;migrate;cutover'= {
        }
        &'workout;help;db'= {
            cand status 'Whether the embedded database exists and runs, and where it lives'
            cand start 'Create the embedded database if needed and start it'
            cand stop 'Stop the embedded database''s server'
            cand url 'Print the embedded database''s URL (for psql and other tools)'
            cand check 'Compare the personal records and training weeks the database keeps with a fresh computation from the sets; list the differences (exit 4 if any)'
            cand rebuild 'Recompute the personal records and training weeks the database keeps from the sets, in one transaction'
        }
        &'workout;help;db;status'= {
        }
        &'workout;help;db;start'= {
        }
        &'workout;help;db;stop'= {
        }
        &'workout;help;db;url'= {
        }
        &'workout;help;db;check'= {
        }
        &'workout;help;db;rebuild'= {
        }
        &'workout;help;config'= {
            cand path 'Print the config file''s path'
            cand show 'Show the settings in effect and where each comes from (passwords masked)'
            cand set 'Set a key in the config file: database_url, user, bar_kg, plates_kg, bar_lb, plates_lb, rest_weighted, rest_bodyweight, rest_timed'
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
        &'workout;help;timer'= {
        }
        &'workout;help;plates'= {
        }
        &'workout;help;completions'= {
        }
        &'workout;help;man'= {
        }
        &'workout;help;help'= {
        }
    ]
    $completions[$command]
}
