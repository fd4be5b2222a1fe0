
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'workout' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'workout'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'workout' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Log sets: interactively on a terminal, or `log add` and friends')
            [CompletionResult]::new('session', 'session', [CompletionResultType]::ParameterValue, 'Scheduled and performed workouts')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Training plans: days, exercises with targets, status, scheduling')
            [CompletionResult]::new('reminder', 'reminder', [CompletionResultType]::ParameterValue, 'Reminders: recurring, before a plan''s sessions or one session; dispatch and ICS')
            [CompletionResult]::new('exercise', 'exercise', [CompletionResultType]::ParameterValue, 'The exercise catalog and your own exercises')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Users and their profiles')
            [CompletionResult]::new('body', 'body', [CompletionResultType]::ParameterValue, 'Body weight, body fat and girths over time')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Schema migrations')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'The embedded default database')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The config file')
            [CompletionResult]::new('timer', 'timer', [CompletionResultType]::ParameterValue, 'A rest countdown alone: `workout timer 90s` (bell and notification at the end)')
            [CompletionResult]::new('plates', 'plates', [CompletionResultType]::ParameterValue, 'Plates per side for a total: `workout plates 142.5` (config: bar_kg, plates_kg, ...)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff): `workout man > ~/.local/share/man/man1/workout.1`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'workout;log' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Log sets without prompts: `workout log add "Bench Press" 5x5@100kg`')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Sets, newest first')
            [CompletionResult]::new('prs', 'prs', [CompletionResultType]::ParameterValue, 'Personal records per exercise')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Per ISO week: sessions, sets, hard sets, volume per muscle group; streaks')
            [CompletionResult]::new('progress', 'progress', [CompletionResultType]::ParameterValue, 'An exercise''s estimated 1RM over time, as a chart (or its points)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change one set')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one set (confirms, or --yes)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Every set with its session, plan and exercise: --format csv|json|ndjson')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Sets and sessions from Strong, Hevy, FitNotes or `log export` csv')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'workout;log;add' {
            [CompletionResult]::new('--rpe', '--rpe', [CompletionResultType]::ParameterName, 'Rate of perceived exertion, 1 to 10, for every set')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'The sets'' type: normal, warmup, drop, failure or amrap (docs/logging.md, "Set types")')
            [CompletionResult]::new('--superset', '--superset', [CompletionResultType]::ParameterName, 'Superset group N within the session: exercises logged with the same N were done alternately')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When, in your time zone: a date (noon) or date and HH:MM; dates as 2026-03-23, yesterday, mon, -2d; default now')
            [CompletionResult]::new('--session', '--session', [CompletionResultType]::ParameterName, 'Add to this session (id or prefix, current, next, last); default the session in progress, else that day''s, else a new one')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Cardio or timed work: 30m, 1h 5m, 90s')
            [CompletionResult]::new('--distance', '--distance', [CompletionResultType]::ParameterName, 'Cardio distance: 5km, 800m, 3mi')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'notes')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--warmup', '--warmup', [CompletionResultType]::ParameterName, 'These are warm-up sets (the same as --type warmup)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;log;history' {
            [CompletionResult]::new('--exercise', '--exercise', [CompletionResultType]::ParameterName, 'Only this exercise')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'From this local date (YYYY-MM-DD, yesterday, mon, -2d)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Up to and including this local date')
            [CompletionResult]::new('--session', '--session', [CompletionResultType]::ParameterName, 'Only this session')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many sets')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every matching set')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;log;prs' {
            [CompletionResult]::new('--exercise', '--exercise', [CompletionResultType]::ParameterName, 'Only this exercise')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;log;stats' {
            [CompletionResult]::new('--weeks', '--weeks', [CompletionResultType]::ParameterName, 'The last N ISO weeks, this one included')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'From this local date instead (YYYY-MM-DD)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Up to and including this local date')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;log;progress' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'From this local date (YYYY-MM-DD)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;log;edit' {
            [CompletionResult]::new('--reps', '--reps', [CompletionResultType]::ParameterName, 'reps')
            [CompletionResult]::new('--weight', '--weight', [CompletionResultType]::ParameterName, 'A weight (100kg, 225lb, 100 in your unit) or `bw` for body weight')
            [CompletionResult]::new('--rpe', '--rpe', [CompletionResultType]::ParameterName, '1 to 10, or `none`')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Its type: normal, warmup, drop, failure or amrap')
            [CompletionResult]::new('--superset', '--superset', [CompletionResultType]::ParameterName, 'Its superset group within the session (1-99), or `none`')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'New notes (`""` clears them)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--warmup', '--warmup', [CompletionResultType]::ParameterName, 'Mark it a warm-up set')
            [CompletionResult]::new('--no-warmup', '--no-warmup', [CompletionResultType]::ParameterName, 'Mark it a working set')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;log;delete' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;log;export' {
            [CompletionResult]::new('--exercise', '--exercise', [CompletionResultType]::ParameterName, 'Only this exercise')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'From this local date (YYYY-MM-DD)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Up to and including this local date')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout (with a progress bar on a terminal)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout (with a progress bar on a terminal)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--spreadsheet-safe', '--spreadsheet-safe', [CompletionResultType]::ParameterName, 'CSV for spreadsheets: a text cell that starts with =, +, -, @, a tab or a CR gets a leading '' so it never runs as a formula (not for `log import`: the '' stays in the text)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;log;import' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The app the file comes from (default: told from its header)')
            [CompletionResult]::new('--unit', '--unit', [CompletionResultType]::ParameterName, 'The weight unit, where the file does not say (Strong''s common layout)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Import the rows that can be read, and report the others')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Report what would be imported, and write nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;log;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Log sets without prompts: `workout log add "Bench Press" 5x5@100kg`')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Sets, newest first')
            [CompletionResult]::new('prs', 'prs', [CompletionResultType]::ParameterValue, 'Personal records per exercise')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Per ISO week: sessions, sets, hard sets, volume per muscle group; streaks')
            [CompletionResult]::new('progress', 'progress', [CompletionResultType]::ParameterValue, 'An exercise''s estimated 1RM over time, as a chart (or its points)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change one set')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one set (confirms, or --yes)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Every set with its session, plan and exercise: --format csv|json|ndjson')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Sets and sessions from Strong, Hevy, FitNotes or `log export` csv')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'workout;log;help;add' {
            break
        }
        'workout;log;help;history' {
            break
        }
        'workout;log;help;prs' {
            break
        }
        'workout;log;help;stats' {
            break
        }
        'workout;log;help;progress' {
            break
        }
        'workout;log;help;edit' {
            break
        }
        'workout;log;help;delete' {
            break
        }
        'workout;log;help;export' {
            break
        }
        'workout;log;help;import' {
            break
        }
        'workout;log;help;help' {
            break
        }
        'workout;session' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List sessions: the upcoming ones unless told otherwise')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A session''s sets by exercise, with totals and the plan''s targets')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Schedule a one-off session')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a scheduled session')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Complete a session (raises plan targets whose every target was met)')
            [CompletionResult]::new('skip', 'skip', [CompletionResultType]::ParameterValue, 'Skip a scheduled session')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a scheduled or running session')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a session and its sets (confirms, or --yes)')
            [CompletionResult]::new('unstart', 'unstart', [CompletionResultType]::ParameterValue, 'Take a started session with no sets back to scheduled')
            [CompletionResult]::new('reschedule', 'reschedule', [CompletionResultType]::ParameterValue, 'Move a scheduled session to another time (its reminders follow)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'workout;session;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only these statuses (comma-separated): scheduled, in-progress, completed, skipped, cancelled')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'From this local date (YYYY-MM-DD)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Up to and including this local date')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--upcoming', '--upcoming', [CompletionResultType]::ParameterName, 'Scheduled and running sessions from today on (the default)')
            [CompletionResult]::new('--past', '--past', [CompletionResultType]::ParameterName, 'Sessions before now, newest first')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;session;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;session;schedule' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When, in your time zone: YYYY-MM-DD HH:MM, or today/tomorrow HH:MM')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'A plan it belongs to (name or id)')
            [CompletionResult]::new('--day', '--day', [CompletionResultType]::ParameterName, 'The plan day it trains (name or position), with --plan')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'notes')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;session;start' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;session;complete' {
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'How long it took, e.g. 55m (else the time since it was started)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;session;skip' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;session;cancel' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;session;delete' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;session;unstart' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;session;reschedule' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When, in your time zone: YYYY-MM-DD HH:MM, or today/tomorrow HH:MM')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;session;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List sessions: the upcoming ones unless told otherwise')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A session''s sets by exercise, with totals and the plan''s targets')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Schedule a one-off session')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a scheduled session')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Complete a session (raises plan targets whose every target was met)')
            [CompletionResult]::new('skip', 'skip', [CompletionResultType]::ParameterValue, 'Skip a scheduled session')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a scheduled or running session')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a session and its sets (confirms, or --yes)')
            [CompletionResult]::new('unstart', 'unstart', [CompletionResultType]::ParameterValue, 'Take a started session with no sets back to scheduled')
            [CompletionResult]::new('reschedule', 'reschedule', [CompletionResultType]::ParameterValue, 'Move a scheduled session to another time (its reminders follow)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'workout;session;help;list' {
            break
        }
        'workout;session;help;show' {
            break
        }
        'workout;session;help;schedule' {
            break
        }
        'workout;session;help;start' {
            break
        }
        'workout;session;help;complete' {
            break
        }
        'workout;session;help;skip' {
            break
        }
        'workout;session;help;cancel' {
            break
        }
        'workout;session;help;delete' {
            break
        }
        'workout;session;help;unstart' {
            break
        }
        'workout;session;help;reschedule' {
            break
        }
        'workout;session;help;help' {
            break
        }
        'workout;plan' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a plan (prompts for the name on a terminal when not given)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your plans')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a plan''s days and exercises with their targets')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a plan''s name, description or goal')
            [CompletionResult]::new('add-day', 'add-day', [CompletionResultType]::ParameterValue, 'Add a day (a workout template such as "Push A") at the end of a plan')
            [CompletionResult]::new('edit-day', 'edit-day', [CompletionResultType]::ParameterValue, 'Change a day''s name, weekdays, notes or time')
            [CompletionResult]::new('remove-day', 'remove-day', [CompletionResultType]::ParameterValue, 'Remove a day, its exercises and its scheduled sessions (confirms, or --yes)')
            [CompletionResult]::new('move-day', 'move-day', [CompletionResultType]::ParameterValue, 'Move a day to another place in the plan')
            [CompletionResult]::new('add-exercise', 'add-exercise', [CompletionResultType]::ParameterValue, 'Add an exercise with its targets at the end of a day')
            [CompletionResult]::new('edit-exercise', 'edit-exercise', [CompletionResultType]::ParameterValue, 'Remove an exercise from a day Change a plan exercise''s targets in place (the others stay)')
            [CompletionResult]::new('remove-exercise', 'remove-exercise', [CompletionResultType]::ParameterValue, 'remove-exercise')
            [CompletionResult]::new('move-exercise', 'move-exercise', [CompletionResultType]::ParameterValue, 'Move an exercise to another place in its day')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Start a plan (from draft or paused; a finished plan needs --force)')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause an active plan')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Mark an active or paused plan as completed')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a plan')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a plan; sessions already done keep their history')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Make scheduled sessions from the plan days'' weekdays')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'workout;plan;create' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--goal', '--goal', [CompletionResultType]::ParameterName, 'What the plan is for, e.g. "first pull-up"')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;plan;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only plans with this status: draft, active, paused, completed, archived')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;plan;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;plan;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A new name')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--goal', '--goal', [CompletionResultType]::ParameterName, 'goal')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;plan;add-day' {
            [CompletionResult]::new('--weekdays', '--weekdays', [CompletionResultType]::ParameterName, 'The weekdays it is trained on, e.g. mon,thu (or 1,4)')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'notes')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Its own time of day, HH:MM in your time zone (`plan schedule` uses it over its --at)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;plan;edit-day' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A new name')
            [CompletionResult]::new('--weekdays', '--weekdays', [CompletionResultType]::ParameterName, 'New weekdays, e.g. tue,fri')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'notes')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Its own time of day, HH:MM in your time zone, or none to use the plan-wide one')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;plan;remove-day' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;plan;move-day' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Its new number (1 is the first)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;plan;add-exercise' {
            [CompletionResult]::new('--sets', '--sets', [CompletionResultType]::ParameterName, 'Target sets')
            [CompletionResult]::new('--reps', '--reps', [CompletionResultType]::ParameterName, 'Target reps: 8, or a range such as 8-12')
            [CompletionResult]::new('--weight', '--weight', [CompletionResultType]::ParameterName, 'Target weight: 100kg, 225lb, or a number in your unit')
            [CompletionResult]::new('--rpe', '--rpe', [CompletionResultType]::ParameterName, 'Target RPE, 1 to 10')
            [CompletionResult]::new('--rest', '--rest', [CompletionResultType]::ParameterName, 'Rest between sets: 90s, 2m, 1m30s')
            [CompletionResult]::new('--progression', '--progression', [CompletionResultType]::ParameterName, 'Add this much weight after a session where every target was met: 2.5kg, 5lb')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'notes')
            [CompletionResult]::new('--superset', '--superset', [CompletionResultType]::ParameterName, 'Superset group N within the day: exercises with the same N are done alternately (shown as A1, A2, ...)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;plan;edit-exercise' {
            [CompletionResult]::new('--sets', '--sets', [CompletionResultType]::ParameterName, 'Target sets')
            [CompletionResult]::new('--reps', '--reps', [CompletionResultType]::ParameterName, 'Target reps: 8, or a range such as 8-12')
            [CompletionResult]::new('--weight', '--weight', [CompletionResultType]::ParameterName, 'Target weight: 100kg, 225lb, or a number in your unit')
            [CompletionResult]::new('--rpe', '--rpe', [CompletionResultType]::ParameterName, 'Target RPE, 1 to 10')
            [CompletionResult]::new('--rest', '--rest', [CompletionResultType]::ParameterName, 'Rest between sets: 90s, 2m, 1m30s')
            [CompletionResult]::new('--progression', '--progression', [CompletionResultType]::ParameterName, 'Add this much weight after a session where every target was met: 2.5kg, 5lb')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'notes')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;plan;remove-exercise' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;plan;move-exercise' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Its new number (1 is the first)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;plan;activate' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Activate a completed or archived plan again')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;plan;pause' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;plan;complete' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;plan;archive' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;plan;delete' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;plan;schedule' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'The first date, YYYY-MM-DD (default: today in your time zone)')
            [CompletionResult]::new('--weeks', '--weeks', [CompletionResultType]::ParameterName, 'How many weeks from that date')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'The time of day, HH:MM in your time zone, of the days without their own (`plan edit-day --at`); needed unless every day has one')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;plan;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a plan (prompts for the name on a terminal when not given)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your plans')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a plan''s days and exercises with their targets')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a plan''s name, description or goal')
            [CompletionResult]::new('add-day', 'add-day', [CompletionResultType]::ParameterValue, 'Add a day (a workout template such as "Push A") at the end of a plan')
            [CompletionResult]::new('edit-day', 'edit-day', [CompletionResultType]::ParameterValue, 'Change a day''s name, weekdays, notes or time')
            [CompletionResult]::new('remove-day', 'remove-day', [CompletionResultType]::ParameterValue, 'Remove a day, its exercises and its scheduled sessions (confirms, or --yes)')
            [CompletionResult]::new('move-day', 'move-day', [CompletionResultType]::ParameterValue, 'Move a day to another place in the plan')
            [CompletionResult]::new('add-exercise', 'add-exercise', [CompletionResultType]::ParameterValue, 'Add an exercise with its targets at the end of a day')
            [CompletionResult]::new('edit-exercise', 'edit-exercise', [CompletionResultType]::ParameterValue, 'Remove an exercise from a day Change a plan exercise''s targets in place (the others stay)')
            [CompletionResult]::new('remove-exercise', 'remove-exercise', [CompletionResultType]::ParameterValue, 'remove-exercise')
            [CompletionResult]::new('move-exercise', 'move-exercise', [CompletionResultType]::ParameterValue, 'Move an exercise to another place in its day')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Start a plan (from draft or paused; a finished plan needs --force)')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause an active plan')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Mark an active or paused plan as completed')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a plan')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a plan; sessions already done keep their history')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Make scheduled sessions from the plan days'' weekdays')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'workout;plan;help;create' {
            break
        }
        'workout;plan;help;list' {
            break
        }
        'workout;plan;help;show' {
            break
        }
        'workout;plan;help;edit' {
            break
        }
        'workout;plan;help;add-day' {
            break
        }
        'workout;plan;help;edit-day' {
            break
        }
        'workout;plan;help;remove-day' {
            break
        }
        'workout;plan;help;move-day' {
            break
        }
        'workout;plan;help;add-exercise' {
            break
        }
        'workout;plan;help;edit-exercise' {
            break
        }
        'workout;plan;help;remove-exercise' {
            break
        }
        'workout;plan;help;move-exercise' {
            break
        }
        'workout;plan;help;activate' {
            break
        }
        'workout;plan;help;pause' {
            break
        }
        'workout;plan;help;complete' {
            break
        }
        'workout;plan;help;archive' {
            break
        }
        'workout;plan;help;delete' {
            break
        }
        'workout;plan;help;schedule' {
            break
        }
        'workout;plan;help;help' {
            break
        }
        'workout;reminder' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a reminder: weekly (--weekdays, --at), before each scheduled session of a plan (--plan), or before one session (--session)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your reminders')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One reminder, with when it fires next')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn a reminder back on: it fires next at its first occurrence from now')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn a reminder off: it does not fire until enabled')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a reminder and its delivery history (confirms, or --yes)')
            [CompletionResult]::new('due', 'due', [CompletionResultType]::ParameterValue, 'Print the reminders due now (and soon, with --within), changing nothing')
            [CompletionResult]::new('dispatch', 'dispatch', [CompletionResultType]::ParameterValue, 'Fire the due reminders, each occurrence exactly once')
            [CompletionResult]::new('ics', 'ics', [CompletionResultType]::ParameterValue, 'Print an iCalendar (RFC 5545) file of your reminders and scheduled sessions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'workout;reminder;add' {
            [CompletionResult]::new('--weekdays', '--weekdays', [CompletionResultType]::ParameterName, 'Weekdays of a recurring reminder: mon,wed,fri (or 1,3,5)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Local time of a recurring reminder, HH:MM')
            [CompletionResult]::new('--timezone', '--timezone', [CompletionResultType]::ParameterName, 'IANA time zone of --at (else your profile''s, which the reminder then follows)')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Remind before every scheduled session of this plan (name or id)')
            [CompletionResult]::new('--session', '--session', [CompletionResultType]::ParameterName, 'Remind before this session (id prefix, or next)')
            [CompletionResult]::new('--before', '--before', [CompletionResultType]::ParameterName, 'How long before the session, e.g. 30m or 1h (default: at its start)')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'What the reminder says (else one made from what it is for)')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'A longer message delivered with the title')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;reminder;list' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;reminder;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;reminder;enable' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;reminder;disable' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;reminder;remove' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;reminder;due' {
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'Also those due within this long from now, e.g. 2h')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;reminder;dispatch' {
            [CompletionResult]::new('--exec', '--exec', [CompletionResultType]::ParameterName, 'Deliver by running this shell command once per reminder, with the reminder in WORKOUT_REMINDER_* environment variables')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --exec: kill a command (its whole process group) that runs longer than this, and leave its reminder due (e.g. 30s, 2m)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--notify', '--notify', [CompletionResultType]::ParameterName, 'Deliver as desktop notifications (needs notify-send)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep dispatching every minute until interrupted (for a user service)')
            [CompletionResult]::new('--all-users', '--all-users', [CompletionResultType]::ParameterName, 'Dispatch every user''s due reminders, not one user''s (for the operator of a server; acts as no user)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;reminder;ics' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;reminder;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a reminder: weekly (--weekdays, --at), before each scheduled session of a plan (--plan), or before one session (--session)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your reminders')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One reminder, with when it fires next')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn a reminder back on: it fires next at its first occurrence from now')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn a reminder off: it does not fire until enabled')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a reminder and its delivery history (confirms, or --yes)')
            [CompletionResult]::new('due', 'due', [CompletionResultType]::ParameterValue, 'Print the reminders due now (and soon, with --within), changing nothing')
            [CompletionResult]::new('dispatch', 'dispatch', [CompletionResultType]::ParameterValue, 'Fire the due reminders, each occurrence exactly once')
            [CompletionResult]::new('ics', 'ics', [CompletionResultType]::ParameterValue, 'Print an iCalendar (RFC 5545) file of your reminders and scheduled sessions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'workout;reminder;help;add' {
            break
        }
        'workout;reminder;help;list' {
            break
        }
        'workout;reminder;help;show' {
            break
        }
        'workout;reminder;help;enable' {
            break
        }
        'workout;reminder;help;disable' {
            break
        }
        'workout;reminder;help;remove' {
            break
        }
        'workout;reminder;help;due' {
            break
        }
        'workout;reminder;help;dispatch' {
            break
        }
        'workout;reminder;help;ics' {
            break
        }
        'workout;reminder;help;help' {
            break
        }
        'workout;exercise' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the catalog and your own exercises, filtered')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one exercise, by name (case-insensitive) or id prefix')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an exercise of your own')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an exercise you added (catalog exercises cannot be changed)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import exercises from a file in free-exercise-db''s JSON format, as your own')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename an exercise you added; the old name stays as an alias')
            [CompletionResult]::new('alias', 'alias', [CompletionResultType]::ParameterValue, 'Your own names for exercises (shared ones too), matched wherever a name is')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Move every set, plan entry and session target of an exercise you added onto another, delete it and keep its name as an alias')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an exercise you added that nothing uses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'workout;exercise;list' {
            [CompletionResult]::new('--muscle', '--muscle', [CompletionResultType]::ParameterName, 'Primary muscle group, e.g. chest, "lower back", quadriceps')
            [CompletionResult]::new('--equipment', '--equipment', [CompletionResultType]::ParameterName, 'Equipment, e.g. barbell, dumbbell, "body only"')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'beginner, intermediate or expert')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'strength, cardio, stretching, plyometrics, powerlifting, olympic-weightlifting, strongman')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--mine', '--mine', [CompletionResultType]::ParameterName, 'Only the exercises you added')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;exercise;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;exercise;add' {
            [CompletionResult]::new('--muscle', '--muscle', [CompletionResultType]::ParameterName, 'Primary muscle group')
            [CompletionResult]::new('--secondary', '--secondary', [CompletionResultType]::ParameterName, 'Secondary muscle groups, comma-separated (replaces the list)')
            [CompletionResult]::new('--equipment', '--equipment', [CompletionResultType]::ParameterName, 'Equipment, e.g. barbell')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'beginner, intermediate or expert')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'strength (the default for a new exercise), cardio, stretching, ...')
            [CompletionResult]::new('--mechanic', '--mechanic', [CompletionResultType]::ParameterName, 'compound or isolation')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'push, pull or static')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A short description')
            [CompletionResult]::new('--instructions', '--instructions', [CompletionResultType]::ParameterName, 'How to do it')
            [CompletionResult]::new('--tracks', '--tracks', [CompletionResultType]::ParameterName, 'What its sets record: weight-reps, bodyweight (reps, optional added load), assisted (reps, assistance), reps, duration or distance')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;exercise;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A new name')
            [CompletionResult]::new('--muscle', '--muscle', [CompletionResultType]::ParameterName, 'Primary muscle group')
            [CompletionResult]::new('--secondary', '--secondary', [CompletionResultType]::ParameterName, 'Secondary muscle groups, comma-separated (replaces the list)')
            [CompletionResult]::new('--equipment', '--equipment', [CompletionResultType]::ParameterName, 'Equipment, e.g. barbell')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'beginner, intermediate or expert')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'strength (the default for a new exercise), cardio, stretching, ...')
            [CompletionResult]::new('--mechanic', '--mechanic', [CompletionResultType]::ParameterName, 'compound or isolation')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'push, pull or static')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A short description')
            [CompletionResult]::new('--instructions', '--instructions', [CompletionResultType]::ParameterName, 'How to do it')
            [CompletionResult]::new('--tracks', '--tracks', [CompletionResultType]::ParameterName, 'What its sets record: weight-reps, bodyweight (reps, optional added load), assisted (reps, assistance), reps, duration or distance')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;exercise;import' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--shared', '--shared', [CompletionResultType]::ParameterName, 'Administrative: also give shared catalog exercises the instructions they lack (never their facts); only for the database role that owns the schema (the one `workout migrate` runs as)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;exercise;rename' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;exercise;alias' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Give an exercise (yours or shared) another name of your own')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your aliases')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove one of your aliases')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'workout;exercise;alias;add' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;exercise;alias;list' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;exercise;alias;remove' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;exercise;alias;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Give an exercise (yours or shared) another name of your own')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your aliases')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove one of your aliases')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'workout;exercise;alias;help;add' {
            break
        }
        'workout;exercise;alias;help;list' {
            break
        }
        'workout;exercise;alias;help;remove' {
            break
        }
        'workout;exercise;alias;help;help' {
            break
        }
        'workout;exercise;merge' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;exercise;delete' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;exercise;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the catalog and your own exercises, filtered')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one exercise, by name (case-insensitive) or id prefix')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an exercise of your own')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an exercise you added (catalog exercises cannot be changed)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import exercises from a file in free-exercise-db''s JSON format, as your own')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename an exercise you added; the old name stays as an alias')
            [CompletionResult]::new('alias', 'alias', [CompletionResultType]::ParameterValue, 'Your own names for exercises (shared ones too), matched wherever a name is')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Move every set, plan entry and session target of an exercise you added onto another, delete it and keep its name as an alias')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an exercise you added that nothing uses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'workout;exercise;help;list' {
            break
        }
        'workout;exercise;help;show' {
            break
        }
        'workout;exercise;help;add' {
            break
        }
        'workout;exercise;help;edit' {
            break
        }
        'workout;exercise;help;import' {
            break
        }
        'workout;exercise;help;rename' {
            break
        }
        'workout;exercise;help;alias' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Give an exercise (yours or shared) another name of your own')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your aliases')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove one of your aliases')
            break
        }
        'workout;exercise;help;alias;add' {
            break
        }
        'workout;exercise;help;alias;list' {
            break
        }
        'workout;exercise;help;alias;remove' {
            break
        }
        'workout;exercise;help;merge' {
            break
        }
        'workout;exercise;help;delete' {
            break
        }
        'workout;exercise;help;help' {
            break
        }
        'workout;user' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the acting user''s profile')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change the acting user''s profile')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the users of this database')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'workout;user;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;user;set' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name')
            [CompletionResult]::new('--timezone', '--timezone', [CompletionResultType]::ParameterName, 'IANA time zone, e.g. Europe/Berlin; times are shown in it')
            [CompletionResult]::new('--weight-unit', '--weight-unit', [CompletionResultType]::ParameterName, 'The unit weights are shown and typed in')
            [CompletionResult]::new('--weight', '--weight', [CompletionResultType]::ParameterName, 'Body weight, e.g. 80, 80kg, 176lb (a bare number is in the weight unit)')
            [CompletionResult]::new('--height', '--height', [CompletionResultType]::ParameterName, 'Height in centimetres')
            [CompletionResult]::new('--fitness-level', '--fitness-level', [CompletionResultType]::ParameterName, 'beginner, intermediate, advanced or expert')
            [CompletionResult]::new('--goals', '--goals', [CompletionResultType]::ParameterName, 'Free text: what you train for')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;user;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name')
            [CompletionResult]::new('--timezone', '--timezone', [CompletionResultType]::ParameterName, 'IANA time zone, e.g. Europe/Berlin; times are shown in it')
            [CompletionResult]::new('--weight-unit', '--weight-unit', [CompletionResultType]::ParameterName, 'The unit weights are shown and typed in')
            [CompletionResult]::new('--weight', '--weight', [CompletionResultType]::ParameterName, 'Body weight, e.g. 80, 80kg, 176lb (a bare number is in the weight unit)')
            [CompletionResult]::new('--height', '--height', [CompletionResultType]::ParameterName, 'Height in centimetres')
            [CompletionResult]::new('--fitness-level', '--fitness-level', [CompletionResultType]::ParameterName, 'beginner, intermediate, advanced or expert')
            [CompletionResult]::new('--goals', '--goals', [CompletionResultType]::ParameterName, 'Free text: what you train for')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;user;list' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;user;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the acting user''s profile')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change the acting user''s profile')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the users of this database')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'workout;user;help;show' {
            break
        }
        'workout;user;help;set' {
            break
        }
        'workout;user;help;add' {
            break
        }
        'workout;user;help;list' {
            break
        }
        'workout;user;help;help' {
            break
        }
        'workout;body' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a measurement: `workout body add 80.4kg --waist 82cm`')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Measurements, oldest first')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one measurement (confirms, or --yes)')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'Body weight over time, as a chart (or its points)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'workout;body;add' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The local date measured (YYYY-MM-DD; default: now)')
            [CompletionResult]::new('--body-fat', '--body-fat', [CompletionResultType]::ParameterName, 'Body fat in percent, e.g. 18')
            [CompletionResult]::new('--waist', '--waist', [CompletionResultType]::ParameterName, 'Waist girth, e.g. 82cm, 32in (a bare number: cm for kg users, in for lb users)')
            [CompletionResult]::new('--chest', '--chest', [CompletionResultType]::ParameterName, 'Chest girth')
            [CompletionResult]::new('--arm', '--arm', [CompletionResultType]::ParameterName, 'Arm girth')
            [CompletionResult]::new('--thigh', '--thigh', [CompletionResultType]::ParameterName, 'Thigh girth')
            [CompletionResult]::new('--hips', '--hips', [CompletionResultType]::ParameterName, 'Hips girth')
            [CompletionResult]::new('--neck', '--neck', [CompletionResultType]::ParameterName, 'Neck girth')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Free text')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;body;list' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'From this local date (YYYY-MM-DD)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Up to and including this local date (YYYY-MM-DD)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;body;delete' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;body;chart' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'From this local date (YYYY-MM-DD)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Up to and including this local date (YYYY-MM-DD)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;body;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a measurement: `workout body add 80.4kg --waist 82cm`')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Measurements, oldest first')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one measurement (confirms, or --yes)')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'Body weight over time, as a chart (or its points)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'workout;body;help;add' {
            break
        }
        'workout;body;help;list' {
            break
        }
        'workout;body;help;delete' {
            break
        }
        'workout;body;help;chart' {
            break
        }
        'workout;body;help;help' {
            break
        }
        'workout;migrate' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'List the schema migrations and which are applied')
            [CompletionResult]::new('up', 'up', [CompletionResultType]::ParameterValue, 'Apply the pending schema migrations')
            [CompletionResult]::new('down', 'down', [CompletionResultType]::ParameterValue, 'Revert the newest applied migration (refused while v2 holds data, unless --force)')
            [CompletionResult]::new('legacy', 'legacy', [CompletionResultType]::ParameterValue, 'Carry the legacy workouts (v1) into sessions, sets and plans (v2); re-runnable')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the legacy migration''s invariants per user (exit 4 on a mismatch)')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Remove everything the legacy migration created; legacy and native rows stay (confirms, or --yes)')
            [CompletionResult]::new('dual-write', 'dual-write', [CompletionResultType]::ParameterValue, 'Keep the legacy tables and v2 in step with triggers while the old app still writes')
            [CompletionResult]::new('cutover', 'cutover', [CompletionResultType]::ParameterValue, 'Retire the old app: dual-write off, a last `migrate legacy` and `verify`, the legacy tables moved into schema `legacy`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'workout;migrate;status' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;migrate;up' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;migrate;down' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Revert even though it drops tables and columns that hold data')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;migrate;legacy' {
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Workouts per batch; each batch is one transaction')
            [CompletionResult]::new('--backup', '--backup', [CompletionResultType]::ParameterName, 'Dump the legacy tables with `pg_dump -Fc` to FILE first (0600, replaced only on success); stop if that fails')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Compute the report without writing anything')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;migrate;verify' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;migrate;rollback' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;migrate;dual-write' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Bring both sides in step (a `migrate legacy` run, then native sessions mirrored) and install the triggers')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Remove every trigger and function `enable` installed')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The transition phase, the installed triggers, and any rows not in step (also --format json)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'workout;migrate;dual-write;enable' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;migrate;dual-write;disable' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;migrate;dual-write;status' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;migrate;dual-write;help' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Bring both sides in step (a `migrate legacy` run, then native sessions mirrored) and install the triggers')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Remove every trigger and function `enable` installed')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The transition phase, the installed triggers, and any rows not in step (also --format json)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'workout;migrate;dual-write;help;enable' {
            break
        }
        'workout;migrate;dual-write;help;disable' {
            break
        }
        'workout;migrate;dual-write;help;status' {
            break
        }
        'workout;migrate;dual-write;help;help' {
            break
        }
        'workout;migrate;cutover' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--undo', '--undo', [CompletionResultType]::ParameterName, 'Put the legacy tables back into schema public and turn dual-write on again')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;migrate;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'List the schema migrations and which are applied')
            [CompletionResult]::new('up', 'up', [CompletionResultType]::ParameterValue, 'Apply the pending schema migrations')
            [CompletionResult]::new('down', 'down', [CompletionResultType]::ParameterValue, 'Revert the newest applied migration (refused while v2 holds data, unless --force)')
            [CompletionResult]::new('legacy', 'legacy', [CompletionResultType]::ParameterValue, 'Carry the legacy workouts (v1) into sessions, sets and plans (v2); re-runnable')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the legacy migration''s invariants per user (exit 4 on a mismatch)')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Remove everything the legacy migration created; legacy and native rows stay (confirms, or --yes)')
            [CompletionResult]::new('dual-write', 'dual-write', [CompletionResultType]::ParameterValue, 'Keep the legacy tables and v2 in step with triggers while the old app still writes')
            [CompletionResult]::new('cutover', 'cutover', [CompletionResultType]::ParameterValue, 'Retire the old app: dual-write off, a last `migrate legacy` and `verify`, the legacy tables moved into schema `legacy`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'workout;migrate;help;status' {
            break
        }
        'workout;migrate;help;up' {
            break
        }
        'workout;migrate;help;down' {
            break
        }
        'workout;migrate;help;legacy' {
            break
        }
        'workout;migrate;help;verify' {
            break
        }
        'workout;migrate;help;rollback' {
            break
        }
        'workout;migrate;help;dual-write' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Bring both sides in step (a `migrate legacy` run, then native sessions mirrored) and install the triggers')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Remove every trigger and function `enable` installed')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The transition phase, the installed triggers, and any rows not in step (also --format json)')
            break
        }
        'workout;migrate;help;dual-write;enable' {
            break
        }
        'workout;migrate;help;dual-write;disable' {
            break
        }
        'workout;migrate;help;dual-write;status' {
            break
        }
        'workout;migrate;help;cutover' {
            break
        }
        'workout;migrate;help;help' {
            break
        }
        'workout;db' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether the embedded database exists and runs, and where it lives')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Create the embedded database if needed and start it')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the embedded database''s server')
            [CompletionResult]::new('url', 'url', [CompletionResultType]::ParameterValue, 'Print the embedded database''s URL (for psql and other tools)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Compare the personal records and training weeks the database keeps with a fresh computation from the sets; list the differences (exit 4 if any)')
            [CompletionResult]::new('rebuild', 'rebuild', [CompletionResultType]::ParameterValue, 'Recompute the personal records and training weeks the database keeps from the sets, in one transaction')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'workout;db;status' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;db;start' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;db;stop' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;db;url' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;db;check' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--all-users', '--all-users', [CompletionResultType]::ParameterName, 'Every user''s records, not only the acting user''s')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;db;rebuild' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--all-users', '--all-users', [CompletionResultType]::ParameterName, 'Every user''s records, not only the acting user''s')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;db;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether the embedded database exists and runs, and where it lives')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Create the embedded database if needed and start it')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the embedded database''s server')
            [CompletionResult]::new('url', 'url', [CompletionResultType]::ParameterValue, 'Print the embedded database''s URL (for psql and other tools)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Compare the personal records and training weeks the database keeps with a fresh computation from the sets; list the differences (exit 4 if any)')
            [CompletionResult]::new('rebuild', 'rebuild', [CompletionResultType]::ParameterValue, 'Recompute the personal records and training weeks the database keeps from the sets, in one transaction')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'workout;db;help;status' {
            break
        }
        'workout;db;help;start' {
            break
        }
        'workout;db;help;stop' {
            break
        }
        'workout;db;help;url' {
            break
        }
        'workout;db;help;check' {
            break
        }
        'workout;db;help;rebuild' {
            break
        }
        'workout;db;help;help' {
            break
        }
        'workout;config' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the settings in effect and where each comes from (passwords masked)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key in the config file: database_url, user, bar_kg, plates_kg, bar_lb, plates_lb, rest_weighted, rest_bodyweight, rest_timed')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a key from the config file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'workout;config;path' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;config;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;config;set' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;config;unset' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;config;help' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the settings in effect and where each comes from (passwords masked)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key in the config file: database_url, user, bar_kg, plates_kg, bar_lb, plates_lb, rest_weighted, rest_bodyweight, rest_timed')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a key from the config file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'workout;config;help;path' {
            break
        }
        'workout;config;help;show' {
            break
        }
        'workout;config;help;set' {
            break
        }
        'workout;config;help;unset' {
            break
        }
        'workout;config;help;help' {
            break
        }
        'workout;timer' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;plates' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;completions' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;man' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act as the user with this e-mail (else WORKOUT_USER, the config file)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of data on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: a question becomes an error naming the flag to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no hints or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'workout;help' {
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Log sets: interactively on a terminal, or `log add` and friends')
            [CompletionResult]::new('session', 'session', [CompletionResultType]::ParameterValue, 'Scheduled and performed workouts')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Training plans: days, exercises with targets, status, scheduling')
            [CompletionResult]::new('reminder', 'reminder', [CompletionResultType]::ParameterValue, 'Reminders: recurring, before a plan''s sessions or one session; dispatch and ICS')
            [CompletionResult]::new('exercise', 'exercise', [CompletionResultType]::ParameterValue, 'The exercise catalog and your own exercises')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Users and their profiles')
            [CompletionResult]::new('body', 'body', [CompletionResultType]::ParameterValue, 'Body weight, body fat and girths over time')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Schema migrations')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'The embedded default database')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The config file')
            [CompletionResult]::new('timer', 'timer', [CompletionResultType]::ParameterValue, 'A rest countdown alone: `workout timer 90s` (bell and notification at the end)')
            [CompletionResult]::new('plates', 'plates', [CompletionResultType]::ParameterValue, 'Plates per side for a total: `workout plates 142.5` (config: bar_kg, plates_kg, ...)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff): `workout man > ~/.local/share/man/man1/workout.1`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'workout;help;log' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Log sets without prompts: `workout log add "Bench Press" 5x5@100kg`')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Sets, newest first')
            [CompletionResult]::new('prs', 'prs', [CompletionResultType]::ParameterValue, 'Personal records per exercise')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Per ISO week: sessions, sets, hard sets, volume per muscle group; streaks')
            [CompletionResult]::new('progress', 'progress', [CompletionResultType]::ParameterValue, 'An exercise''s estimated 1RM over time, as a chart (or its points)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change one set')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one set (confirms, or --yes)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Every set with its session, plan and exercise: --format csv|json|ndjson')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Sets and sessions from Strong, Hevy, FitNotes or `log export` csv')
            break
        }
        'workout;help;log;add' {
            break
        }
        'workout;help;log;history' {
            break
        }
        'workout;help;log;prs' {
            break
        }
        'workout;help;log;stats' {
            break
        }
        'workout;help;log;progress' {
            break
        }
        'workout;help;log;edit' {
            break
        }
        'workout;help;log;delete' {
            break
        }
        'workout;help;log;export' {
            break
        }
        'workout;help;log;import' {
            break
        }
        'workout;help;session' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List sessions: the upcoming ones unless told otherwise')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A session''s sets by exercise, with totals and the plan''s targets')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Schedule a one-off session')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a scheduled session')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Complete a session (raises plan targets whose every target was met)')
            [CompletionResult]::new('skip', 'skip', [CompletionResultType]::ParameterValue, 'Skip a scheduled session')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a scheduled or running session')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a session and its sets (confirms, or --yes)')
            [CompletionResult]::new('unstart', 'unstart', [CompletionResultType]::ParameterValue, 'Take a started session with no sets back to scheduled')
            [CompletionResult]::new('reschedule', 'reschedule', [CompletionResultType]::ParameterValue, 'Move a scheduled session to another time (its reminders follow)')
            break
        }
        'workout;help;session;list' {
            break
        }
        'workout;help;session;show' {
            break
        }
        'workout;help;session;schedule' {
            break
        }
        'workout;help;session;start' {
            break
        }
        'workout;help;session;complete' {
            break
        }
        'workout;help;session;skip' {
            break
        }
        'workout;help;session;cancel' {
            break
        }
        'workout;help;session;delete' {
            break
        }
        'workout;help;session;unstart' {
            break
        }
        'workout;help;session;reschedule' {
            break
        }
        'workout;help;plan' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a plan (prompts for the name on a terminal when not given)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your plans')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a plan''s days and exercises with their targets')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a plan''s name, description or goal')
            [CompletionResult]::new('add-day', 'add-day', [CompletionResultType]::ParameterValue, 'Add a day (a workout template such as "Push A") at the end of a plan')
            [CompletionResult]::new('edit-day', 'edit-day', [CompletionResultType]::ParameterValue, 'Change a day''s name, weekdays, notes or time')
            [CompletionResult]::new('remove-day', 'remove-day', [CompletionResultType]::ParameterValue, 'Remove a day, its exercises and its scheduled sessions (confirms, or --yes)')
            [CompletionResult]::new('move-day', 'move-day', [CompletionResultType]::ParameterValue, 'Move a day to another place in the plan')
            [CompletionResult]::new('add-exercise', 'add-exercise', [CompletionResultType]::ParameterValue, 'Add an exercise with its targets at the end of a day')
            [CompletionResult]::new('edit-exercise', 'edit-exercise', [CompletionResultType]::ParameterValue, 'Remove an exercise from a day Change a plan exercise''s targets in place (the others stay)')
            [CompletionResult]::new('remove-exercise', 'remove-exercise', [CompletionResultType]::ParameterValue, 'remove-exercise')
            [CompletionResult]::new('move-exercise', 'move-exercise', [CompletionResultType]::ParameterValue, 'Move an exercise to another place in its day')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Start a plan (from draft or paused; a finished plan needs --force)')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause an active plan')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Mark an active or paused plan as completed')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a plan')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a plan; sessions already done keep their history')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Make scheduled sessions from the plan days'' weekdays')
            break
        }
        'workout;help;plan;create' {
            break
        }
        'workout;help;plan;list' {
            break
        }
        'workout;help;plan;show' {
            break
        }
        'workout;help;plan;edit' {
            break
        }
        'workout;help;plan;add-day' {
            break
        }
        'workout;help;plan;edit-day' {
            break
        }
        'workout;help;plan;remove-day' {
            break
        }
        'workout;help;plan;move-day' {
            break
        }
        'workout;help;plan;add-exercise' {
            break
        }
        'workout;help;plan;edit-exercise' {
            break
        }
        'workout;help;plan;remove-exercise' {
            break
        }
        'workout;help;plan;move-exercise' {
            break
        }
        'workout;help;plan;activate' {
            break
        }
        'workout;help;plan;pause' {
            break
        }
        'workout;help;plan;complete' {
            break
        }
        'workout;help;plan;archive' {
            break
        }
        'workout;help;plan;delete' {
            break
        }
        'workout;help;plan;schedule' {
            break
        }
        'workout;help;reminder' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a reminder: weekly (--weekdays, --at), before each scheduled session of a plan (--plan), or before one session (--session)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your reminders')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One reminder, with when it fires next')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn a reminder back on: it fires next at its first occurrence from now')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn a reminder off: it does not fire until enabled')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a reminder and its delivery history (confirms, or --yes)')
            [CompletionResult]::new('due', 'due', [CompletionResultType]::ParameterValue, 'Print the reminders due now (and soon, with --within), changing nothing')
            [CompletionResult]::new('dispatch', 'dispatch', [CompletionResultType]::ParameterValue, 'Fire the due reminders, each occurrence exactly once')
            [CompletionResult]::new('ics', 'ics', [CompletionResultType]::ParameterValue, 'Print an iCalendar (RFC 5545) file of your reminders and scheduled sessions')
            break
        }
        'workout;help;reminder;add' {
            break
        }
        'workout;help;reminder;list' {
            break
        }
        'workout;help;reminder;show' {
            break
        }
        'workout;help;reminder;enable' {
            break
        }
        'workout;help;reminder;disable' {
            break
        }
        'workout;help;reminder;remove' {
            break
        }
        'workout;help;reminder;due' {
            break
        }
        'workout;help;reminder;dispatch' {
            break
        }
        'workout;help;reminder;ics' {
            break
        }
        'workout;help;exercise' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the catalog and your own exercises, filtered')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one exercise, by name (case-insensitive) or id prefix')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an exercise of your own')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an exercise you added (catalog exercises cannot be changed)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import exercises from a file in free-exercise-db''s JSON format, as your own')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename an exercise you added; the old name stays as an alias')
            [CompletionResult]::new('alias', 'alias', [CompletionResultType]::ParameterValue, 'Your own names for exercises (shared ones too), matched wherever a name is')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Move every set, plan entry and session target of an exercise you added onto another, delete it and keep its name as an alias')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an exercise you added that nothing uses')
            break
        }
        'workout;help;exercise;list' {
            break
        }
        'workout;help;exercise;show' {
            break
        }
        'workout;help;exercise;add' {
            break
        }
        'workout;help;exercise;edit' {
            break
        }
        'workout;help;exercise;import' {
            break
        }
        'workout;help;exercise;rename' {
            break
        }
        'workout;help;exercise;alias' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Give an exercise (yours or shared) another name of your own')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your aliases')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove one of your aliases')
            break
        }
        'workout;help;exercise;alias;add' {
            break
        }
        'workout;help;exercise;alias;list' {
            break
        }
        'workout;help;exercise;alias;remove' {
            break
        }
        'workout;help;exercise;merge' {
            break
        }
        'workout;help;exercise;delete' {
            break
        }
        'workout;help;user' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the acting user''s profile')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change the acting user''s profile')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the users of this database')
            break
        }
        'workout;help;user;show' {
            break
        }
        'workout;help;user;set' {
            break
        }
        'workout;help;user;add' {
            break
        }
        'workout;help;user;list' {
            break
        }
        'workout;help;body' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a measurement: `workout body add 80.4kg --waist 82cm`')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Measurements, oldest first')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one measurement (confirms, or --yes)')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'Body weight over time, as a chart (or its points)')
            break
        }
        'workout;help;body;add' {
            break
        }
        'workout;help;body;list' {
            break
        }
        'workout;help;body;delete' {
            break
        }
        'workout;help;body;chart' {
            break
        }
        'workout;help;migrate' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'List the schema migrations and which are applied')
            [CompletionResult]::new('up', 'up', [CompletionResultType]::ParameterValue, 'Apply the pending schema migrations')
            [CompletionResult]::new('down', 'down', [CompletionResultType]::ParameterValue, 'Revert the newest applied migration (refused while v2 holds data, unless --force)')
            [CompletionResult]::new('legacy', 'legacy', [CompletionResultType]::ParameterValue, 'Carry the legacy workouts (v1) into sessions, sets and plans (v2); re-runnable')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the legacy migration''s invariants per user (exit 4 on a mismatch)')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Remove everything the legacy migration created; legacy and native rows stay (confirms, or --yes)')
            [CompletionResult]::new('dual-write', 'dual-write', [CompletionResultType]::ParameterValue, 'Keep the legacy tables and v2 in step with triggers while the old app still writes')
            [CompletionResult]::new('cutover', 'cutover', [CompletionResultType]::ParameterValue, 'Retire the old app: dual-write off, a last `migrate legacy` and `verify`, the legacy tables moved into schema `legacy`')
            break
        }
        'workout;help;migrate;status' {
            break
        }
        'workout;help;migrate;up' {
            break
        }
        'workout;help;migrate;down' {
            break
        }
        'workout;help;migrate;legacy' {
            break
        }
        'workout;help;migrate;verify' {
            break
        }
        'workout;help;migrate;rollback' {
            break
        }
        'workout;help;migrate;dual-write' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Bring both sides in step (a `migrate legacy` run, then native sessions mirrored) and install the triggers')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Remove every trigger and function `enable` installed')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The transition phase, the installed triggers, and any rows not in step (also --format json)')
            break
        }
        'workout;help;migrate;dual-write;enable' {
            break
        }
        'workout;help;migrate;dual-write;disable' {
            break
        }
        'workout;help;migrate;dual-write;status' {
            break
        }
        'workout;help;migrate;cutover' {
            break
        }
        'workout;help;db' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether the embedded database exists and runs, and where it lives')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Create the embedded database if needed and start it')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the embedded database''s server')
            [CompletionResult]::new('url', 'url', [CompletionResultType]::ParameterValue, 'Print the embedded database''s URL (for psql and other tools)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Compare the personal records and training weeks the database keeps with a fresh computation from the sets; list the differences (exit 4 if any)')
            [CompletionResult]::new('rebuild', 'rebuild', [CompletionResultType]::ParameterValue, 'Recompute the personal records and training weeks the database keeps from the sets, in one transaction')
            break
        }
        'workout;help;db;status' {
            break
        }
        'workout;help;db;start' {
            break
        }
        'workout;help;db;stop' {
            break
        }
        'workout;help;db;url' {
            break
        }
        'workout;help;db;check' {
            break
        }
        'workout;help;db;rebuild' {
            break
        }
        'workout;help;config' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the settings in effect and where each comes from (passwords masked)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key in the config file: database_url, user, bar_kg, plates_kg, bar_lb, plates_lb, rest_weighted, rest_bodyweight, rest_timed')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a key from the config file')
            break
        }
        'workout;help;config;path' {
            break
        }
        'workout;help;config;show' {
            break
        }
        'workout;help;config;set' {
            break
        }
        'workout;help;config;unset' {
            break
        }
        'workout;help;timer' {
            break
        }
        'workout;help;plates' {
            break
        }
        'workout;help;completions' {
            break
        }
        'workout;help;man' {
            break
        }
        'workout;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
