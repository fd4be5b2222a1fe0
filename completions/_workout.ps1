
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
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Users and their profiles')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Schema migrations')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'The embedded default database')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The config file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
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
            [CompletionResult]::new('--backup', '--backup', [CompletionResultType]::ParameterName, 'Dump the legacy tables with `pg_dump -Fc` to FILE first; stop if that fails')
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
        'workout;migrate;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'List the schema migrations and which are applied')
            [CompletionResult]::new('up', 'up', [CompletionResultType]::ParameterValue, 'Apply the pending schema migrations')
            [CompletionResult]::new('down', 'down', [CompletionResultType]::ParameterValue, 'Revert the newest applied migration (refused while v2 holds data, unless --force)')
            [CompletionResult]::new('legacy', 'legacy', [CompletionResultType]::ParameterValue, 'Carry the legacy workouts (v1) into sessions, sets and plans (v2); re-runnable')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the legacy migration''s invariants per user (exit 4 on a mismatch)')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Remove everything the legacy migration created; legacy and native rows stay (confirms, or --yes)')
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
        'workout;db;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether the embedded database exists and runs, and where it lives')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Create the embedded database if needed and start it')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the embedded database''s server')
            [CompletionResult]::new('url', 'url', [CompletionResultType]::ParameterValue, 'Print the embedded database''s URL (for psql and other tools)')
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
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key in the config file: database_url or user')
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
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key in the config file: database_url or user')
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
        'workout;help' {
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Users and their profiles')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Schema migrations')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'The embedded default database')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The config file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
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
        'workout;help;migrate' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'List the schema migrations and which are applied')
            [CompletionResult]::new('up', 'up', [CompletionResultType]::ParameterValue, 'Apply the pending schema migrations')
            [CompletionResult]::new('down', 'down', [CompletionResultType]::ParameterValue, 'Revert the newest applied migration (refused while v2 holds data, unless --force)')
            [CompletionResult]::new('legacy', 'legacy', [CompletionResultType]::ParameterValue, 'Carry the legacy workouts (v1) into sessions, sets and plans (v2); re-runnable')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the legacy migration''s invariants per user (exit 4 on a mismatch)')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Remove everything the legacy migration created; legacy and native rows stay (confirms, or --yes)')
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
        'workout;help;db' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether the embedded database exists and runs, and where it lives')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Create the embedded database if needed and start it')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the embedded database''s server')
            [CompletionResult]::new('url', 'url', [CompletionResultType]::ParameterValue, 'Print the embedded database''s URL (for psql and other tools)')
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
        'workout;help;config' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the settings in effect and where each comes from (passwords masked)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key in the config file: database_url or user')
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
        'workout;help;completions' {
            break
        }
        'workout;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
