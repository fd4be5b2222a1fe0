# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_workout_global_optspecs
    string join \n database-url= user= format= no-input y/yes color= q/quiet h/help V/version
end

function __fish_workout_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_workout_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_workout_using_subcommand
    set -l cmd (__fish_workout_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c workout -n "__fish_workout_needs_command" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_needs_command" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_needs_command" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_needs_command" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_needs_command" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_needs_command" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_needs_command" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_needs_command" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_needs_command" -f -a "log" -d 'Log sets: interactively on a terminal, or `log add` and friends'
complete -c workout -n "__fish_workout_needs_command" -f -a "session" -d 'Scheduled and performed workouts'
complete -c workout -n "__fish_workout_needs_command" -f -a "plan" -d 'Training plans: days, exercises with targets, status, scheduling'
complete -c workout -n "__fish_workout_needs_command" -f -a "reminder" -d 'Reminders: recurring, before a plan\'s sessions or one session; dispatch and ICS'
complete -c workout -n "__fish_workout_needs_command" -f -a "exercise" -d 'The exercise catalog and your own exercises'
complete -c workout -n "__fish_workout_needs_command" -f -a "user" -d 'Users and their profiles'
complete -c workout -n "__fish_workout_needs_command" -f -a "body" -d 'Body weight, body fat and girths over time'
complete -c workout -n "__fish_workout_needs_command" -f -a "migrate" -d 'Schema migrations'
complete -c workout -n "__fish_workout_needs_command" -f -a "db" -d 'The embedded default database'
complete -c workout -n "__fish_workout_needs_command" -f -a "config" -d 'The config file'
complete -c workout -n "__fish_workout_needs_command" -f -a "timer" -d 'A rest countdown alone: `workout timer 90s` (bell and notification at the end)'
complete -c workout -n "__fish_workout_needs_command" -f -a "plates" -d 'Plates per side for a total: `workout plates 142.5` (config: bar_kg, plates_kg, ...)'
complete -c workout -n "__fish_workout_needs_command" -f -a "completions" -d 'Print shell completions'
complete -c workout -n "__fish_workout_needs_command" -f -a "man" -d 'Print the man page (roff): `workout man > ~/.local/share/man/man1/workout.1`'
complete -c workout -n "__fish_workout_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c workout -n "__fish_workout_using_subcommand log; and not __fish_seen_subcommand_from add history prs stats progress edit delete export import help" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand log; and not __fish_seen_subcommand_from add history prs stats progress edit delete export import help" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand log; and not __fish_seen_subcommand_from add history prs stats progress edit delete export import help" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand log; and not __fish_seen_subcommand_from add history prs stats progress edit delete export import help" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand log; and not __fish_seen_subcommand_from add history prs stats progress edit delete export import help" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand log; and not __fish_seen_subcommand_from add history prs stats progress edit delete export import help" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand log; and not __fish_seen_subcommand_from add history prs stats progress edit delete export import help" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand log; and not __fish_seen_subcommand_from add history prs stats progress edit delete export import help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand log; and not __fish_seen_subcommand_from add history prs stats progress edit delete export import help" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand log; and not __fish_seen_subcommand_from add history prs stats progress edit delete export import help" -f -a "add" -d 'Log sets without prompts: `workout log add "Bench Press" 5x5@100kg`'
complete -c workout -n "__fish_workout_using_subcommand log; and not __fish_seen_subcommand_from add history prs stats progress edit delete export import help" -f -a "history" -d 'Sets, newest first'
complete -c workout -n "__fish_workout_using_subcommand log; and not __fish_seen_subcommand_from add history prs stats progress edit delete export import help" -f -a "prs" -d 'Personal records per exercise'
complete -c workout -n "__fish_workout_using_subcommand log; and not __fish_seen_subcommand_from add history prs stats progress edit delete export import help" -f -a "stats" -d 'Per ISO week: sessions, sets, hard sets, volume per muscle group; streaks'
complete -c workout -n "__fish_workout_using_subcommand log; and not __fish_seen_subcommand_from add history prs stats progress edit delete export import help" -f -a "progress" -d 'An exercise\'s estimated 1RM over time, as a chart (or its points)'
complete -c workout -n "__fish_workout_using_subcommand log; and not __fish_seen_subcommand_from add history prs stats progress edit delete export import help" -f -a "edit" -d 'Change one set'
complete -c workout -n "__fish_workout_using_subcommand log; and not __fish_seen_subcommand_from add history prs stats progress edit delete export import help" -f -a "delete" -d 'Delete one set (confirms, or --yes)'
complete -c workout -n "__fish_workout_using_subcommand log; and not __fish_seen_subcommand_from add history prs stats progress edit delete export import help" -f -a "export" -d 'Every set with its session, plan and exercise: --format csv|json|ndjson'
complete -c workout -n "__fish_workout_using_subcommand log; and not __fish_seen_subcommand_from add history prs stats progress edit delete export import help" -f -a "import" -d 'Sets and sessions from Strong, Hevy, FitNotes or `log export` csv'
complete -c workout -n "__fish_workout_using_subcommand log; and not __fish_seen_subcommand_from add history prs stats progress edit delete export import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from add" -l rpe -d 'Rate of perceived exertion, 1 to 10, for every set' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from add" -l type -d 'The sets\' type: normal, warmup, drop, failure or amrap (docs/logging.md, "Set types")' -r -f -a "normal\t''
warmup\t''
drop\t''
failure\t''
amrap\t''"
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from add" -l superset -d 'Superset group N within the session: exercises logged with the same N were done alternately' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from add" -l date -d 'When, in your time zone: a date (noon) or date and HH:MM; dates as 2026-03-23, yesterday, mon, -2d; default now' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from add" -l session -d 'Add to this session (id or prefix, current, next, last); default the session in progress, else that day\'s, else a new one' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from add" -l duration -d 'Cardio or timed work: 30m, 1h 5m, 90s' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from add" -l distance -d 'Cardio distance: 5km, 800m, 3mi' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from add" -l notes -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from add" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from add" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from add" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from add" -l warmup -d 'These are warm-up sets (the same as --type warmup)'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from history" -l exercise -d 'Only this exercise' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from history" -l since -d 'From this local date (YYYY-MM-DD, yesterday, mon, -2d)' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from history" -l until -d 'Up to and including this local date' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from history" -l session -d 'Only this session' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from history" -l limit -d 'At most this many sets' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from history" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from history" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from history" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from history" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from history" -l all -d 'Every matching set'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from history" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from history" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from prs" -l exercise -d 'Only this exercise' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from prs" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from prs" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from prs" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from prs" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from prs" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from prs" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from prs" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from prs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from prs" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from stats" -l weeks -d 'The last N ISO weeks, this one included' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from stats" -l since -d 'From this local date instead (YYYY-MM-DD)' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from stats" -l until -d 'Up to and including this local date' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from stats" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from stats" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from stats" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from stats" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from stats" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from stats" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from stats" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from stats" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from progress" -l since -d 'From this local date (YYYY-MM-DD)' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from progress" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from progress" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from progress" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from progress" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from progress" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from progress" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from progress" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from progress" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from progress" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from edit" -l reps -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from edit" -l weight -d 'A weight (100kg, 225lb, 100 in your unit) or `bw` for body weight' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from edit" -l rpe -d '1 to 10, or `none`' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from edit" -l type -d 'Its type: normal, warmup, drop, failure or amrap' -r -f -a "normal\t''
warmup\t''
drop\t''
failure\t''
amrap\t''"
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from edit" -l superset -d 'Its superset group within the session (1-99), or `none`' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from edit" -l notes -d 'New notes (`""` clears them)' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from edit" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from edit" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from edit" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from edit" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from edit" -l warmup -d 'Mark it a warm-up set'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from edit" -l no-warmup -d 'Mark it a working set'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from delete" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from delete" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from delete" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from export" -l exercise -d 'Only this exercise' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from export" -l since -d 'From this local date (YYYY-MM-DD)' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from export" -l until -d 'Up to and including this local date' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from export" -s o -l output -d 'Write to this file instead of stdout (with a progress bar on a terminal)' -r -F
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from export" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from export" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from export" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from export" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from export" -l spreadsheet-safe -d 'CSV for spreadsheets: a text cell that starts with =, +, -, @, a tab or a CR gets a leading \' so it never runs as a formula (not for `log import`: the \' stays in the text)'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from import" -l from -d 'The app the file comes from (default: told from its header)' -r -f -a "strong\t''
hevy\t''
fitnotes\t''
workout\t'This tool\'s own `log export --format csv`'"
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from import" -l unit -d 'The weight unit, where the file does not say (Strong\'s common layout)' -r -f -a "kg\t''
lb\t''"
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from import" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from import" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from import" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from import" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from import" -l skip-invalid -d 'Import the rows that can be read, and report the others'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from import" -l dry-run -d 'Report what would be imported, and write nothing'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from help" -f -a "add" -d 'Log sets without prompts: `workout log add "Bench Press" 5x5@100kg`'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from help" -f -a "history" -d 'Sets, newest first'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from help" -f -a "prs" -d 'Personal records per exercise'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Per ISO week: sessions, sets, hard sets, volume per muscle group; streaks'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from help" -f -a "progress" -d 'An exercise\'s estimated 1RM over time, as a chart (or its points)'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change one set'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete one set (confirms, or --yes)'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from help" -f -a "export" -d 'Every set with its session, plan and exercise: --format csv|json|ndjson'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from help" -f -a "import" -d 'Sets and sessions from Strong, Hevy, FitNotes or `log export` csv'
complete -c workout -n "__fish_workout_using_subcommand log; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c workout -n "__fish_workout_using_subcommand session; and not __fish_seen_subcommand_from list show schedule start complete skip cancel delete unstart reschedule help" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand session; and not __fish_seen_subcommand_from list show schedule start complete skip cancel delete unstart reschedule help" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand session; and not __fish_seen_subcommand_from list show schedule start complete skip cancel delete unstart reschedule help" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand session; and not __fish_seen_subcommand_from list show schedule start complete skip cancel delete unstart reschedule help" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand session; and not __fish_seen_subcommand_from list show schedule start complete skip cancel delete unstart reschedule help" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand session; and not __fish_seen_subcommand_from list show schedule start complete skip cancel delete unstart reschedule help" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand session; and not __fish_seen_subcommand_from list show schedule start complete skip cancel delete unstart reschedule help" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand session; and not __fish_seen_subcommand_from list show schedule start complete skip cancel delete unstart reschedule help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand session; and not __fish_seen_subcommand_from list show schedule start complete skip cancel delete unstart reschedule help" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand session; and not __fish_seen_subcommand_from list show schedule start complete skip cancel delete unstart reschedule help" -f -a "list" -d 'List sessions: the upcoming ones unless told otherwise'
complete -c workout -n "__fish_workout_using_subcommand session; and not __fish_seen_subcommand_from list show schedule start complete skip cancel delete unstart reschedule help" -f -a "show" -d 'A session\'s sets by exercise, with totals and the plan\'s targets'
complete -c workout -n "__fish_workout_using_subcommand session; and not __fish_seen_subcommand_from list show schedule start complete skip cancel delete unstart reschedule help" -f -a "schedule" -d 'Schedule a one-off session'
complete -c workout -n "__fish_workout_using_subcommand session; and not __fish_seen_subcommand_from list show schedule start complete skip cancel delete unstart reschedule help" -f -a "start" -d 'Start a scheduled session'
complete -c workout -n "__fish_workout_using_subcommand session; and not __fish_seen_subcommand_from list show schedule start complete skip cancel delete unstart reschedule help" -f -a "complete" -d 'Complete a session (raises plan targets whose every target was met)'
complete -c workout -n "__fish_workout_using_subcommand session; and not __fish_seen_subcommand_from list show schedule start complete skip cancel delete unstart reschedule help" -f -a "skip" -d 'Skip a scheduled session'
complete -c workout -n "__fish_workout_using_subcommand session; and not __fish_seen_subcommand_from list show schedule start complete skip cancel delete unstart reschedule help" -f -a "cancel" -d 'Cancel a scheduled or running session'
complete -c workout -n "__fish_workout_using_subcommand session; and not __fish_seen_subcommand_from list show schedule start complete skip cancel delete unstart reschedule help" -f -a "delete" -d 'Delete a session and its sets (confirms, or --yes)'
complete -c workout -n "__fish_workout_using_subcommand session; and not __fish_seen_subcommand_from list show schedule start complete skip cancel delete unstart reschedule help" -f -a "unstart" -d 'Take a started session with no sets back to scheduled'
complete -c workout -n "__fish_workout_using_subcommand session; and not __fish_seen_subcommand_from list show schedule start complete skip cancel delete unstart reschedule help" -f -a "reschedule" -d 'Move a scheduled session to another time (its reminders follow)'
complete -c workout -n "__fish_workout_using_subcommand session; and not __fish_seen_subcommand_from list show schedule start complete skip cancel delete unstart reschedule help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from list" -l status -d 'Only these statuses (comma-separated): scheduled, in-progress, completed, skipped, cancelled' -r -f -a "scheduled\t''
in-progress\t''
completed\t''
skipped\t''
cancelled\t''"
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from list" -l since -d 'From this local date (YYYY-MM-DD)' -r
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from list" -l until -d 'Up to and including this local date' -r
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from list" -l limit -d 'At most this many' -r
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from list" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from list" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from list" -l upcoming -d 'Scheduled and running sessions from today on (the default)'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from list" -l past -d 'Sessions before now, newest first'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from show" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from show" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from show" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from schedule" -l at -d 'When, in your time zone: YYYY-MM-DD HH:MM, or today/tomorrow HH:MM' -r
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from schedule" -l plan -d 'A plan it belongs to (name or id)' -r
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from schedule" -l day -d 'The plan day it trains (name or position), with --plan' -r
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from schedule" -l notes -r
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from schedule" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from schedule" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from schedule" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from schedule" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from schedule" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from schedule" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from schedule" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from schedule" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from schedule" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from start" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from start" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from start" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from start" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from start" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from start" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from start" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from complete" -l duration -d 'How long it took, e.g. 55m (else the time since it was started)' -r
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from complete" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from complete" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from complete" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from complete" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from complete" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from complete" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from complete" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from complete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from complete" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from skip" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from skip" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from skip" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from skip" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from skip" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from skip" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from skip" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from skip" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from skip" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from cancel" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from cancel" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from cancel" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from cancel" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from cancel" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from delete" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from delete" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from delete" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from unstart" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from unstart" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from unstart" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from unstart" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from unstart" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from unstart" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from unstart" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from unstart" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from unstart" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from reschedule" -l at -d 'When, in your time zone: YYYY-MM-DD HH:MM, or today/tomorrow HH:MM' -r
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from reschedule" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from reschedule" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from reschedule" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from reschedule" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from reschedule" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from reschedule" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from reschedule" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from reschedule" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from reschedule" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "list" -d 'List sessions: the upcoming ones unless told otherwise'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "show" -d 'A session\'s sets by exercise, with totals and the plan\'s targets'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "schedule" -d 'Schedule a one-off session'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start a scheduled session'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "complete" -d 'Complete a session (raises plan targets whose every target was met)'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "skip" -d 'Skip a scheduled session'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel a scheduled or running session'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a session and its sets (confirms, or --yes)'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "unstart" -d 'Take a started session with no sets back to scheduled'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "reschedule" -d 'Move a scheduled session to another time (its reminders follow)'
complete -c workout -n "__fish_workout_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c workout -n "__fish_workout_using_subcommand plan; and not __fish_seen_subcommand_from create list show edit add-day edit-day remove-day move-day add-exercise edit-exercise remove-exercise move-exercise activate pause complete archive delete schedule help" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and not __fish_seen_subcommand_from create list show edit add-day edit-day remove-day move-day add-exercise edit-exercise remove-exercise move-exercise activate pause complete archive delete schedule help" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and not __fish_seen_subcommand_from create list show edit add-day edit-day remove-day move-day add-exercise edit-exercise remove-exercise move-exercise activate pause complete archive delete schedule help" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand plan; and not __fish_seen_subcommand_from create list show edit add-day edit-day remove-day move-day add-exercise edit-exercise remove-exercise move-exercise activate pause complete archive delete schedule help" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand plan; and not __fish_seen_subcommand_from create list show edit add-day edit-day remove-day move-day add-exercise edit-exercise remove-exercise move-exercise activate pause complete archive delete schedule help" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand plan; and not __fish_seen_subcommand_from create list show edit add-day edit-day remove-day move-day add-exercise edit-exercise remove-exercise move-exercise activate pause complete archive delete schedule help" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand plan; and not __fish_seen_subcommand_from create list show edit add-day edit-day remove-day move-day add-exercise edit-exercise remove-exercise move-exercise activate pause complete archive delete schedule help" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand plan; and not __fish_seen_subcommand_from create list show edit add-day edit-day remove-day move-day add-exercise edit-exercise remove-exercise move-exercise activate pause complete archive delete schedule help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand plan; and not __fish_seen_subcommand_from create list show edit add-day edit-day remove-day move-day add-exercise edit-exercise remove-exercise move-exercise activate pause complete archive delete schedule help" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand plan; and not __fish_seen_subcommand_from create list show edit add-day edit-day remove-day move-day add-exercise edit-exercise remove-exercise move-exercise activate pause complete archive delete schedule help" -f -a "create" -d 'Create a plan (prompts for the name on a terminal when not given)'
complete -c workout -n "__fish_workout_using_subcommand plan; and not __fish_seen_subcommand_from create list show edit add-day edit-day remove-day move-day add-exercise edit-exercise remove-exercise move-exercise activate pause complete archive delete schedule help" -f -a "list" -d 'List your plans'
complete -c workout -n "__fish_workout_using_subcommand plan; and not __fish_seen_subcommand_from create list show edit add-day edit-day remove-day move-day add-exercise edit-exercise remove-exercise move-exercise activate pause complete archive delete schedule help" -f -a "show" -d 'Show a plan\'s days and exercises with their targets'
complete -c workout -n "__fish_workout_using_subcommand plan; and not __fish_seen_subcommand_from create list show edit add-day edit-day remove-day move-day add-exercise edit-exercise remove-exercise move-exercise activate pause complete archive delete schedule help" -f -a "edit" -d 'Change a plan\'s name, description or goal'
complete -c workout -n "__fish_workout_using_subcommand plan; and not __fish_seen_subcommand_from create list show edit add-day edit-day remove-day move-day add-exercise edit-exercise remove-exercise move-exercise activate pause complete archive delete schedule help" -f -a "add-day" -d 'Add a day (a workout template such as "Push A") at the end of a plan'
complete -c workout -n "__fish_workout_using_subcommand plan; and not __fish_seen_subcommand_from create list show edit add-day edit-day remove-day move-day add-exercise edit-exercise remove-exercise move-exercise activate pause complete archive delete schedule help" -f -a "edit-day" -d 'Change a day\'s name, weekdays, notes or time'
complete -c workout -n "__fish_workout_using_subcommand plan; and not __fish_seen_subcommand_from create list show edit add-day edit-day remove-day move-day add-exercise edit-exercise remove-exercise move-exercise activate pause complete archive delete schedule help" -f -a "remove-day" -d 'Remove a day, its exercises and its scheduled sessions (confirms, or --yes)'
complete -c workout -n "__fish_workout_using_subcommand plan; and not __fish_seen_subcommand_from create list show edit add-day edit-day remove-day move-day add-exercise edit-exercise remove-exercise move-exercise activate pause complete archive delete schedule help" -f -a "move-day" -d 'Move a day to another place in the plan'
complete -c workout -n "__fish_workout_using_subcommand plan; and not __fish_seen_subcommand_from create list show edit add-day edit-day remove-day move-day add-exercise edit-exercise remove-exercise move-exercise activate pause complete archive delete schedule help" -f -a "add-exercise" -d 'Add an exercise with its targets at the end of a day'
complete -c workout -n "__fish_workout_using_subcommand plan; and not __fish_seen_subcommand_from create list show edit add-day edit-day remove-day move-day add-exercise edit-exercise remove-exercise move-exercise activate pause complete archive delete schedule help" -f -a "edit-exercise" -d 'Remove an exercise from a day Change a plan exercise\'s targets in place (the others stay)'
complete -c workout -n "__fish_workout_using_subcommand plan; and not __fish_seen_subcommand_from create list show edit add-day edit-day remove-day move-day add-exercise edit-exercise remove-exercise move-exercise activate pause complete archive delete schedule help" -f -a "remove-exercise"
complete -c workout -n "__fish_workout_using_subcommand plan; and not __fish_seen_subcommand_from create list show edit add-day edit-day remove-day move-day add-exercise edit-exercise remove-exercise move-exercise activate pause complete archive delete schedule help" -f -a "move-exercise" -d 'Move an exercise to another place in its day'
complete -c workout -n "__fish_workout_using_subcommand plan; and not __fish_seen_subcommand_from create list show edit add-day edit-day remove-day move-day add-exercise edit-exercise remove-exercise move-exercise activate pause complete archive delete schedule help" -f -a "activate" -d 'Start a plan (from draft or paused; a finished plan needs --force)'
complete -c workout -n "__fish_workout_using_subcommand plan; and not __fish_seen_subcommand_from create list show edit add-day edit-day remove-day move-day add-exercise edit-exercise remove-exercise move-exercise activate pause complete archive delete schedule help" -f -a "pause" -d 'Pause an active plan'
complete -c workout -n "__fish_workout_using_subcommand plan; and not __fish_seen_subcommand_from create list show edit add-day edit-day remove-day move-day add-exercise edit-exercise remove-exercise move-exercise activate pause complete archive delete schedule help" -f -a "complete" -d 'Mark an active or paused plan as completed'
complete -c workout -n "__fish_workout_using_subcommand plan; and not __fish_seen_subcommand_from create list show edit add-day edit-day remove-day move-day add-exercise edit-exercise remove-exercise move-exercise activate pause complete archive delete schedule help" -f -a "archive" -d 'Archive a plan'
complete -c workout -n "__fish_workout_using_subcommand plan; and not __fish_seen_subcommand_from create list show edit add-day edit-day remove-day move-day add-exercise edit-exercise remove-exercise move-exercise activate pause complete archive delete schedule help" -f -a "delete" -d 'Delete a plan; sessions already done keep their history'
complete -c workout -n "__fish_workout_using_subcommand plan; and not __fish_seen_subcommand_from create list show edit add-day edit-day remove-day move-day add-exercise edit-exercise remove-exercise move-exercise activate pause complete archive delete schedule help" -f -a "schedule" -d 'Make scheduled sessions from the plan days\' weekdays'
complete -c workout -n "__fish_workout_using_subcommand plan; and not __fish_seen_subcommand_from create list show edit add-day edit-day remove-day move-day add-exercise edit-exercise remove-exercise move-exercise activate pause complete archive delete schedule help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from create" -l description -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from create" -l goal -d 'What the plan is for, e.g. "first pull-up"' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from create" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from create" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from create" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from create" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from list" -l status -d 'Only plans with this status: draft, active, paused, completed, archived' -r -f -a "draft\t''
active\t''
paused\t''
completed\t''
archived\t''"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from list" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from list" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from show" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from show" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from show" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit" -l name -d 'A new name' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit" -l description -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit" -l goal -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from add-day" -l weekdays -d 'The weekdays it is trained on, e.g. mon,thu (or 1,4)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from add-day" -l notes -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from add-day" -l at -d 'Its own time of day, HH:MM in your time zone (`plan schedule` uses it over its --at)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from add-day" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from add-day" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from add-day" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from add-day" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from add-day" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from add-day" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from add-day" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from add-day" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from add-day" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit-day" -l name -d 'A new name' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit-day" -l weekdays -d 'New weekdays, e.g. tue,fri' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit-day" -l notes -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit-day" -l at -d 'Its own time of day, HH:MM in your time zone, or none to use the plan-wide one' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit-day" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit-day" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit-day" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit-day" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit-day" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit-day" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit-day" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit-day" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit-day" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from remove-day" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from remove-day" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from remove-day" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from remove-day" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from remove-day" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from remove-day" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from remove-day" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from remove-day" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from remove-day" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from move-day" -l to -d 'Its new number (1 is the first)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from move-day" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from move-day" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from move-day" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from move-day" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from move-day" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from move-day" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from move-day" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from move-day" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from move-day" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from add-exercise" -l sets -d 'Target sets' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from add-exercise" -l reps -d 'Target reps: 8, or a range such as 8-12' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from add-exercise" -l weight -d 'Target weight: 100kg, 225lb, or a number in your unit' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from add-exercise" -l rpe -d 'Target RPE, 1 to 10' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from add-exercise" -l rest -d 'Rest between sets: 90s, 2m, 1m30s' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from add-exercise" -l progression -d 'Add this much weight after a session where every target was met: 2.5kg, 5lb' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from add-exercise" -l notes -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from add-exercise" -l superset -d 'Superset group N within the day: exercises with the same N are done alternately (shown as A1, A2, ...)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from add-exercise" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from add-exercise" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from add-exercise" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from add-exercise" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from add-exercise" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from add-exercise" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from add-exercise" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from add-exercise" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from add-exercise" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit-exercise" -l sets -d 'Target sets' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit-exercise" -l reps -d 'Target reps: 8, or a range such as 8-12' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit-exercise" -l weight -d 'Target weight: 100kg, 225lb, or a number in your unit' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit-exercise" -l rpe -d 'Target RPE, 1 to 10' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit-exercise" -l rest -d 'Rest between sets: 90s, 2m, 1m30s' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit-exercise" -l progression -d 'Add this much weight after a session where every target was met: 2.5kg, 5lb' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit-exercise" -l notes -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit-exercise" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit-exercise" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit-exercise" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit-exercise" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit-exercise" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit-exercise" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit-exercise" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit-exercise" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from edit-exercise" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from remove-exercise" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from remove-exercise" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from remove-exercise" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from remove-exercise" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from remove-exercise" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from remove-exercise" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from remove-exercise" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from remove-exercise" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from remove-exercise" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from move-exercise" -l to -d 'Its new number (1 is the first)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from move-exercise" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from move-exercise" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from move-exercise" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from move-exercise" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from move-exercise" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from move-exercise" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from move-exercise" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from move-exercise" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from move-exercise" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from activate" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from activate" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from activate" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from activate" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from activate" -l force -d 'Activate a completed or archived plan again'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from activate" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from activate" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from activate" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from pause" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from pause" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from pause" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from pause" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from pause" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from pause" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from pause" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from pause" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from complete" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from complete" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from complete" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from complete" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from complete" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from complete" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from complete" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from complete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from complete" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from archive" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from archive" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from archive" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from archive" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from archive" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from archive" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from archive" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from archive" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from delete" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from delete" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from delete" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from schedule" -l since -d 'The first date, YYYY-MM-DD (default: today in your time zone)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from schedule" -l weeks -d 'How many weeks from that date' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from schedule" -l at -d 'The time of day, HH:MM in your time zone, of the days without their own (`plan edit-day --at`); needed unless every day has one' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from schedule" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from schedule" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from schedule" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from schedule" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from schedule" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from schedule" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from schedule" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from schedule" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from schedule" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a plan (prompts for the name on a terminal when not given)'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "list" -d 'List your plans'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a plan\'s days and exercises with their targets'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a plan\'s name, description or goal'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "add-day" -d 'Add a day (a workout template such as "Push A") at the end of a plan'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "edit-day" -d 'Change a day\'s name, weekdays, notes or time'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "remove-day" -d 'Remove a day, its exercises and its scheduled sessions (confirms, or --yes)'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "move-day" -d 'Move a day to another place in the plan'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "add-exercise" -d 'Add an exercise with its targets at the end of a day'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "edit-exercise" -d 'Remove an exercise from a day Change a plan exercise\'s targets in place (the others stay)'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "remove-exercise"
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "move-exercise" -d 'Move an exercise to another place in its day'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Start a plan (from draft or paused; a finished plan needs --force)'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "pause" -d 'Pause an active plan'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "complete" -d 'Mark an active or paused plan as completed'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive a plan'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a plan; sessions already done keep their history'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "schedule" -d 'Make scheduled sessions from the plan days\' weekdays'
complete -c workout -n "__fish_workout_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c workout -n "__fish_workout_using_subcommand reminder; and not __fish_seen_subcommand_from add list show enable disable remove due dispatch ics help" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand reminder; and not __fish_seen_subcommand_from add list show enable disable remove due dispatch ics help" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand reminder; and not __fish_seen_subcommand_from add list show enable disable remove due dispatch ics help" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand reminder; and not __fish_seen_subcommand_from add list show enable disable remove due dispatch ics help" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand reminder; and not __fish_seen_subcommand_from add list show enable disable remove due dispatch ics help" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand reminder; and not __fish_seen_subcommand_from add list show enable disable remove due dispatch ics help" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand reminder; and not __fish_seen_subcommand_from add list show enable disable remove due dispatch ics help" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand reminder; and not __fish_seen_subcommand_from add list show enable disable remove due dispatch ics help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand reminder; and not __fish_seen_subcommand_from add list show enable disable remove due dispatch ics help" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand reminder; and not __fish_seen_subcommand_from add list show enable disable remove due dispatch ics help" -f -a "add" -d 'Add a reminder: weekly (--weekdays, --at), before each scheduled session of a plan (--plan), or before one session (--session)'
complete -c workout -n "__fish_workout_using_subcommand reminder; and not __fish_seen_subcommand_from add list show enable disable remove due dispatch ics help" -f -a "list" -d 'List your reminders'
complete -c workout -n "__fish_workout_using_subcommand reminder; and not __fish_seen_subcommand_from add list show enable disable remove due dispatch ics help" -f -a "show" -d 'One reminder, with when it fires next'
complete -c workout -n "__fish_workout_using_subcommand reminder; and not __fish_seen_subcommand_from add list show enable disable remove due dispatch ics help" -f -a "enable" -d 'Turn a reminder back on: it fires next at its first occurrence from now'
complete -c workout -n "__fish_workout_using_subcommand reminder; and not __fish_seen_subcommand_from add list show enable disable remove due dispatch ics help" -f -a "disable" -d 'Turn a reminder off: it does not fire until enabled'
complete -c workout -n "__fish_workout_using_subcommand reminder; and not __fish_seen_subcommand_from add list show enable disable remove due dispatch ics help" -f -a "remove" -d 'Remove a reminder and its delivery history (confirms, or --yes)'
complete -c workout -n "__fish_workout_using_subcommand reminder; and not __fish_seen_subcommand_from add list show enable disable remove due dispatch ics help" -f -a "due" -d 'Print the reminders due now (and soon, with --within), changing nothing'
complete -c workout -n "__fish_workout_using_subcommand reminder; and not __fish_seen_subcommand_from add list show enable disable remove due dispatch ics help" -f -a "dispatch" -d 'Fire the due reminders, each occurrence exactly once'
complete -c workout -n "__fish_workout_using_subcommand reminder; and not __fish_seen_subcommand_from add list show enable disable remove due dispatch ics help" -f -a "ics" -d 'Print an iCalendar (RFC 5545) file of your reminders and scheduled sessions'
complete -c workout -n "__fish_workout_using_subcommand reminder; and not __fish_seen_subcommand_from add list show enable disable remove due dispatch ics help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from add" -l weekdays -d 'Weekdays of a recurring reminder: mon,wed,fri (or 1,3,5)' -r
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from add" -l at -d 'Local time of a recurring reminder, HH:MM' -r
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from add" -l timezone -d 'IANA time zone of --at (else your profile\'s, which the reminder then follows)' -r
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from add" -l plan -d 'Remind before every scheduled session of this plan (name or id)' -r
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from add" -l session -d 'Remind before this session (id prefix, or next)' -r
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from add" -l before -d 'How long before the session, e.g. 30m or 1h (default: at its start)' -r
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from add" -l title -d 'What the reminder says (else one made from what it is for)' -r
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from add" -l message -d 'A longer message delivered with the title' -r
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from add" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from add" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from add" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from list" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from list" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from show" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from show" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from show" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from enable" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from enable" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from enable" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from enable" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from enable" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from enable" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from disable" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from disable" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from disable" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from disable" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from disable" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from disable" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from remove" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from remove" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from remove" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from due" -l within -d 'Also those due within this long from now, e.g. 2h' -r
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from due" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from due" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from due" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from due" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from due" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from due" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from due" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from due" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from due" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from dispatch" -l exec -d 'Deliver by running this shell command once per reminder, with the reminder in WORKOUT_REMINDER_* environment variables' -r
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from dispatch" -l timeout -d 'With --exec: kill a command (its whole process group) that runs longer than this, and leave its reminder due (e.g. 30s, 2m)' -r
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from dispatch" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from dispatch" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from dispatch" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from dispatch" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from dispatch" -l notify -d 'Deliver as desktop notifications (needs notify-send)'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from dispatch" -l watch -d 'Keep dispatching every minute until interrupted (for a user service)'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from dispatch" -l all-users -d 'Dispatch every user\'s due reminders, not one user\'s (for the operator of a server; acts as no user)'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from dispatch" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from dispatch" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from dispatch" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from dispatch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from dispatch" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from ics" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from ics" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from ics" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from ics" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from ics" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from ics" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from ics" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from ics" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from ics" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a reminder: weekly (--weekdays, --at), before each scheduled session of a plan (--plan), or before one session (--session)'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from help" -f -a "list" -d 'List your reminders'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from help" -f -a "show" -d 'One reminder, with when it fires next'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Turn a reminder back on: it fires next at its first occurrence from now'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Turn a reminder off: it does not fire until enabled'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a reminder and its delivery history (confirms, or --yes)'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from help" -f -a "due" -d 'Print the reminders due now (and soon, with --within), changing nothing'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from help" -f -a "dispatch" -d 'Fire the due reminders, each occurrence exactly once'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from help" -f -a "ics" -d 'Print an iCalendar (RFC 5545) file of your reminders and scheduled sessions'
complete -c workout -n "__fish_workout_using_subcommand reminder; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c workout -n "__fish_workout_using_subcommand exercise; and not __fish_seen_subcommand_from list show add edit import rename alias merge delete help" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand exercise; and not __fish_seen_subcommand_from list show add edit import rename alias merge delete help" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand exercise; and not __fish_seen_subcommand_from list show add edit import rename alias merge delete help" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand exercise; and not __fish_seen_subcommand_from list show add edit import rename alias merge delete help" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand exercise; and not __fish_seen_subcommand_from list show add edit import rename alias merge delete help" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand exercise; and not __fish_seen_subcommand_from list show add edit import rename alias merge delete help" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand exercise; and not __fish_seen_subcommand_from list show add edit import rename alias merge delete help" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand exercise; and not __fish_seen_subcommand_from list show add edit import rename alias merge delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand exercise; and not __fish_seen_subcommand_from list show add edit import rename alias merge delete help" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand exercise; and not __fish_seen_subcommand_from list show add edit import rename alias merge delete help" -f -a "list" -d 'List the catalog and your own exercises, filtered'
complete -c workout -n "__fish_workout_using_subcommand exercise; and not __fish_seen_subcommand_from list show add edit import rename alias merge delete help" -f -a "show" -d 'Show one exercise, by name (case-insensitive) or id prefix'
complete -c workout -n "__fish_workout_using_subcommand exercise; and not __fish_seen_subcommand_from list show add edit import rename alias merge delete help" -f -a "add" -d 'Add an exercise of your own'
complete -c workout -n "__fish_workout_using_subcommand exercise; and not __fish_seen_subcommand_from list show add edit import rename alias merge delete help" -f -a "edit" -d 'Change an exercise you added (catalog exercises cannot be changed)'
complete -c workout -n "__fish_workout_using_subcommand exercise; and not __fish_seen_subcommand_from list show add edit import rename alias merge delete help" -f -a "import" -d 'Import exercises from a file in free-exercise-db\'s JSON format, as your own'
complete -c workout -n "__fish_workout_using_subcommand exercise; and not __fish_seen_subcommand_from list show add edit import rename alias merge delete help" -f -a "rename" -d 'Rename an exercise you added; the old name stays as an alias'
complete -c workout -n "__fish_workout_using_subcommand exercise; and not __fish_seen_subcommand_from list show add edit import rename alias merge delete help" -f -a "alias" -d 'Your own names for exercises (shared ones too), matched wherever a name is'
complete -c workout -n "__fish_workout_using_subcommand exercise; and not __fish_seen_subcommand_from list show add edit import rename alias merge delete help" -f -a "merge" -d 'Move every set, plan entry and session target of an exercise you added onto another, delete it and keep its name as an alias'
complete -c workout -n "__fish_workout_using_subcommand exercise; and not __fish_seen_subcommand_from list show add edit import rename alias merge delete help" -f -a "delete" -d 'Delete an exercise you added that nothing uses'
complete -c workout -n "__fish_workout_using_subcommand exercise; and not __fish_seen_subcommand_from list show add edit import rename alias merge delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from list" -l muscle -d 'Primary muscle group, e.g. chest, "lower back", quadriceps' -r
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from list" -l equipment -d 'Equipment, e.g. barbell, dumbbell, "body only"' -r
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from list" -l level -d 'beginner, intermediate or expert' -r -f -a "beginner\t''
intermediate\t''
expert\t''"
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from list" -l category -d 'strength, cardio, stretching, plyometrics, powerlifting, olympic-weightlifting, strongman' -r -f -a "strength\t''
cardio\t''
stretching\t''
plyometrics\t''
powerlifting\t''
olympic-weightlifting\t''
strongman\t''"
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from list" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from list" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from list" -l mine -d 'Only the exercises you added'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from show" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from show" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from show" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from add" -l muscle -d 'Primary muscle group' -r
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from add" -l secondary -d 'Secondary muscle groups, comma-separated (replaces the list)' -r
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from add" -l equipment -d 'Equipment, e.g. barbell' -r
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from add" -l level -d 'beginner, intermediate or expert' -r -f -a "beginner\t''
intermediate\t''
expert\t''"
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from add" -l category -d 'strength (the default for a new exercise), cardio, stretching, ...' -r -f -a "strength\t''
cardio\t''
stretching\t''
plyometrics\t''
powerlifting\t''
olympic-weightlifting\t''
strongman\t''"
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from add" -l mechanic -d 'compound or isolation' -r -f -a "compound\t''
isolation\t''"
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from add" -l force -d 'push, pull or static' -r -f -a "push\t''
pull\t''
static\t''"
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from add" -l description -d 'A short description' -r
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from add" -l instructions -d 'How to do it' -r
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from add" -l tracks -d 'What its sets record: weight-reps, bodyweight (reps, optional added load), assisted (reps, assistance), reps, duration or distance' -r -f -a "weight-reps\t''
bodyweight\t''
assisted\t''
reps\t''
duration\t''
distance\t''"
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from add" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from add" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from add" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from edit" -l name -d 'A new name' -r
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from edit" -l muscle -d 'Primary muscle group' -r
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from edit" -l secondary -d 'Secondary muscle groups, comma-separated (replaces the list)' -r
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from edit" -l equipment -d 'Equipment, e.g. barbell' -r
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from edit" -l level -d 'beginner, intermediate or expert' -r -f -a "beginner\t''
intermediate\t''
expert\t''"
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from edit" -l category -d 'strength (the default for a new exercise), cardio, stretching, ...' -r -f -a "strength\t''
cardio\t''
stretching\t''
plyometrics\t''
powerlifting\t''
olympic-weightlifting\t''
strongman\t''"
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from edit" -l mechanic -d 'compound or isolation' -r -f -a "compound\t''
isolation\t''"
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from edit" -l force -d 'push, pull or static' -r -f -a "push\t''
pull\t''
static\t''"
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from edit" -l description -d 'A short description' -r
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from edit" -l instructions -d 'How to do it' -r
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from edit" -l tracks -d 'What its sets record: weight-reps, bodyweight (reps, optional added load), assisted (reps, assistance), reps, duration or distance' -r -f -a "weight-reps\t''
bodyweight\t''
assisted\t''
reps\t''
duration\t''
distance\t''"
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from edit" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from edit" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from edit" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from edit" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from import" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from import" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from import" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from import" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from import" -l shared -d 'Administrative: also give shared catalog exercises the instructions they lack (never their facts); only for the database role that owns the schema (the one `workout migrate` runs as)'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from rename" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from rename" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from rename" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from rename" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from rename" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from rename" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from alias" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from alias" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from alias" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from alias" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from alias" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from alias" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from alias" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from alias" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from alias" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from alias" -f -a "add" -d 'Give an exercise (yours or shared) another name of your own'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from alias" -f -a "list" -d 'List your aliases'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from alias" -f -a "remove" -d 'Remove one of your aliases'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from alias" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from merge" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from merge" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from merge" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from merge" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from merge" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from merge" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from merge" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from merge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from merge" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from delete" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from delete" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from delete" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the catalog and your own exercises, filtered'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one exercise, by name (case-insensitive) or id prefix'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add an exercise of your own'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change an exercise you added (catalog exercises cannot be changed)'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import exercises from a file in free-exercise-db\'s JSON format, as your own'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename an exercise you added; the old name stays as an alias'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from help" -f -a "alias" -d 'Your own names for exercises (shared ones too), matched wherever a name is'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from help" -f -a "merge" -d 'Move every set, plan entry and session target of an exercise you added onto another, delete it and keep its name as an alias'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an exercise you added that nothing uses'
complete -c workout -n "__fish_workout_using_subcommand exercise; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c workout -n "__fish_workout_using_subcommand user; and not __fish_seen_subcommand_from show set add list help" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand user; and not __fish_seen_subcommand_from show set add list help" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand user; and not __fish_seen_subcommand_from show set add list help" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand user; and not __fish_seen_subcommand_from show set add list help" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand user; and not __fish_seen_subcommand_from show set add list help" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand user; and not __fish_seen_subcommand_from show set add list help" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand user; and not __fish_seen_subcommand_from show set add list help" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand user; and not __fish_seen_subcommand_from show set add list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand user; and not __fish_seen_subcommand_from show set add list help" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand user; and not __fish_seen_subcommand_from show set add list help" -f -a "show" -d 'Show the acting user\'s profile'
complete -c workout -n "__fish_workout_using_subcommand user; and not __fish_seen_subcommand_from show set add list help" -f -a "set" -d 'Change the acting user\'s profile'
complete -c workout -n "__fish_workout_using_subcommand user; and not __fish_seen_subcommand_from show set add list help" -f -a "add" -d 'Add a user'
complete -c workout -n "__fish_workout_using_subcommand user; and not __fish_seen_subcommand_from show set add list help" -f -a "list" -d 'List the users of this database'
complete -c workout -n "__fish_workout_using_subcommand user; and not __fish_seen_subcommand_from show set add list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from show" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from show" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from show" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from set" -l name -d 'Display name' -r
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from set" -l timezone -d 'IANA time zone, e.g. Europe/Berlin; times are shown in it' -r
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from set" -l weight-unit -d 'The unit weights are shown and typed in' -r -f -a "kg\t''
lb\t''"
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from set" -l weight -d 'Body weight, e.g. 80, 80kg, 176lb (a bare number is in the weight unit)' -r
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from set" -l height -d 'Height in centimetres' -r
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from set" -l fitness-level -d 'beginner, intermediate, advanced or expert' -r
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from set" -l goals -d 'Free text: what you train for' -r
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from set" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from set" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from set" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from set" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from add" -l name -d 'Display name' -r
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from add" -l timezone -d 'IANA time zone, e.g. Europe/Berlin; times are shown in it' -r
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from add" -l weight-unit -d 'The unit weights are shown and typed in' -r -f -a "kg\t''
lb\t''"
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from add" -l weight -d 'Body weight, e.g. 80, 80kg, 176lb (a bare number is in the weight unit)' -r
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from add" -l height -d 'Height in centimetres' -r
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from add" -l fitness-level -d 'beginner, intermediate, advanced or expert' -r
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from add" -l goals -d 'Free text: what you train for' -r
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from add" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from add" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from add" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from list" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from list" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the acting user\'s profile'
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change the acting user\'s profile'
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a user'
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the users of this database'
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c workout -n "__fish_workout_using_subcommand body; and not __fish_seen_subcommand_from add list delete chart help" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand body; and not __fish_seen_subcommand_from add list delete chart help" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand body; and not __fish_seen_subcommand_from add list delete chart help" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand body; and not __fish_seen_subcommand_from add list delete chart help" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand body; and not __fish_seen_subcommand_from add list delete chart help" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand body; and not __fish_seen_subcommand_from add list delete chart help" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand body; and not __fish_seen_subcommand_from add list delete chart help" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand body; and not __fish_seen_subcommand_from add list delete chart help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand body; and not __fish_seen_subcommand_from add list delete chart help" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand body; and not __fish_seen_subcommand_from add list delete chart help" -f -a "add" -d 'Record a measurement: `workout body add 80.4kg --waist 82cm`'
complete -c workout -n "__fish_workout_using_subcommand body; and not __fish_seen_subcommand_from add list delete chart help" -f -a "list" -d 'Measurements, oldest first'
complete -c workout -n "__fish_workout_using_subcommand body; and not __fish_seen_subcommand_from add list delete chart help" -f -a "delete" -d 'Delete one measurement (confirms, or --yes)'
complete -c workout -n "__fish_workout_using_subcommand body; and not __fish_seen_subcommand_from add list delete chart help" -f -a "chart" -d 'Body weight over time, as a chart (or its points)'
complete -c workout -n "__fish_workout_using_subcommand body; and not __fish_seen_subcommand_from add list delete chart help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from add" -l date -d 'The local date measured (YYYY-MM-DD; default: now)' -r
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from add" -l body-fat -d 'Body fat in percent, e.g. 18' -r
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from add" -l waist -d 'Waist girth, e.g. 82cm, 32in (a bare number: cm for kg users, in for lb users)' -r
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from add" -l chest -d 'Chest girth' -r
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from add" -l arm -d 'Arm girth' -r
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from add" -l thigh -d 'Thigh girth' -r
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from add" -l hips -d 'Hips girth' -r
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from add" -l neck -d 'Neck girth' -r
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from add" -l notes -d 'Free text' -r
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from add" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from add" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from add" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from list" -l since -d 'From this local date (YYYY-MM-DD)' -r
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from list" -l until -d 'Up to and including this local date (YYYY-MM-DD)' -r
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from list" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from list" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from delete" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from delete" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from delete" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from chart" -l since -d 'From this local date (YYYY-MM-DD)' -r
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from chart" -l until -d 'Up to and including this local date (YYYY-MM-DD)' -r
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from chart" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from chart" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from chart" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from chart" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from chart" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from chart" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from chart" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from chart" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from chart" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from help" -f -a "add" -d 'Record a measurement: `workout body add 80.4kg --waist 82cm`'
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from help" -f -a "list" -d 'Measurements, oldest first'
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete one measurement (confirms, or --yes)'
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from help" -f -a "chart" -d 'Body weight over time, as a chart (or its points)'
complete -c workout -n "__fish_workout_using_subcommand body; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback dual-write cutover help" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback dual-write cutover help" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback dual-write cutover help" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback dual-write cutover help" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback dual-write cutover help" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback dual-write cutover help" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback dual-write cutover help" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback dual-write cutover help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback dual-write cutover help" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback dual-write cutover help" -f -a "status" -d 'List the schema migrations and which are applied'
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback dual-write cutover help" -f -a "up" -d 'Apply the pending schema migrations'
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback dual-write cutover help" -f -a "down" -d 'Revert the newest applied migration (refused while v2 holds data, unless --force)'
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback dual-write cutover help" -f -a "legacy" -d 'Carry the legacy workouts (v1) into sessions, sets and plans (v2); re-runnable'
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback dual-write cutover help" -f -a "verify" -d 'Check the legacy migration\'s invariants per user (exit 4 on a mismatch)'
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback dual-write cutover help" -f -a "rollback" -d 'Remove everything the legacy migration created; legacy and native rows stay (confirms, or --yes)'
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback dual-write cutover help" -f -a "dual-write" -d 'Keep the legacy tables and v2 in step with triggers while the old app still writes'
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback dual-write cutover help" -f -a "cutover" -d 'Retire the old app: dual-write off, a last `migrate legacy` and `verify`, the legacy tables moved into schema `legacy`'
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback dual-write cutover help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from status" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from status" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from status" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from status" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from up" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from up" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from up" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from up" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from up" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from up" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from up" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from up" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from up" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from down" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from down" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from down" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from down" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from down" -l force -d 'Revert even though it drops tables and columns that hold data'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from down" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from down" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from down" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from down" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from down" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from legacy" -l batch-size -d 'Workouts per batch; each batch is one transaction' -r
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from legacy" -l backup -d 'Dump the legacy tables with `pg_dump -Fc` to FILE first (0600, replaced only on success); stop if that fails' -r -F
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from legacy" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from legacy" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from legacy" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from legacy" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from legacy" -l dry-run -d 'Compute the report without writing anything'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from legacy" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from legacy" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from legacy" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from legacy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from legacy" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from verify" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from verify" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from verify" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from verify" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from verify" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from rollback" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from rollback" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from rollback" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from rollback" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from rollback" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from rollback" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from rollback" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from rollback" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from rollback" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from dual-write" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from dual-write" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from dual-write" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from dual-write" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from dual-write" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from dual-write" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from dual-write" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from dual-write" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from dual-write" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from dual-write" -f -a "enable" -d 'Bring both sides in step (a `migrate legacy` run, then native sessions mirrored) and install the triggers'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from dual-write" -f -a "disable" -d 'Remove every trigger and function `enable` installed'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from dual-write" -f -a "status" -d 'The transition phase, the installed triggers, and any rows not in step (also --format json)'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from dual-write" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from cutover" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from cutover" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from cutover" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from cutover" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from cutover" -l undo -d 'Put the legacy tables back into schema public and turn dual-write on again'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from cutover" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from cutover" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from cutover" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from cutover" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from cutover" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "status" -d 'List the schema migrations and which are applied'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "up" -d 'Apply the pending schema migrations'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "down" -d 'Revert the newest applied migration (refused while v2 holds data, unless --force)'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "legacy" -d 'Carry the legacy workouts (v1) into sessions, sets and plans (v2); re-runnable'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check the legacy migration\'s invariants per user (exit 4 on a mismatch)'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "rollback" -d 'Remove everything the legacy migration created; legacy and native rows stay (confirms, or --yes)'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "dual-write" -d 'Keep the legacy tables and v2 in step with triggers while the old app still writes'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "cutover" -d 'Retire the old app: dual-write off, a last `migrate legacy` and `verify`, the legacy tables moved into schema `legacy`'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c workout -n "__fish_workout_using_subcommand db; and not __fish_seen_subcommand_from status start stop url check rebuild help" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand db; and not __fish_seen_subcommand_from status start stop url check rebuild help" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand db; and not __fish_seen_subcommand_from status start stop url check rebuild help" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand db; and not __fish_seen_subcommand_from status start stop url check rebuild help" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand db; and not __fish_seen_subcommand_from status start stop url check rebuild help" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand db; and not __fish_seen_subcommand_from status start stop url check rebuild help" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand db; and not __fish_seen_subcommand_from status start stop url check rebuild help" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand db; and not __fish_seen_subcommand_from status start stop url check rebuild help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand db; and not __fish_seen_subcommand_from status start stop url check rebuild help" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand db; and not __fish_seen_subcommand_from status start stop url check rebuild help" -f -a "status" -d 'Whether the embedded database exists and runs, and where it lives'
complete -c workout -n "__fish_workout_using_subcommand db; and not __fish_seen_subcommand_from status start stop url check rebuild help" -f -a "start" -d 'Create the embedded database if needed and start it'
complete -c workout -n "__fish_workout_using_subcommand db; and not __fish_seen_subcommand_from status start stop url check rebuild help" -f -a "stop" -d 'Stop the embedded database\'s server'
complete -c workout -n "__fish_workout_using_subcommand db; and not __fish_seen_subcommand_from status start stop url check rebuild help" -f -a "url" -d 'Print the embedded database\'s URL (for psql and other tools)'
complete -c workout -n "__fish_workout_using_subcommand db; and not __fish_seen_subcommand_from status start stop url check rebuild help" -f -a "check" -d 'Compare the personal records and training weeks the database keeps with a fresh computation from the sets; list the differences (exit 4 if any)'
complete -c workout -n "__fish_workout_using_subcommand db; and not __fish_seen_subcommand_from status start stop url check rebuild help" -f -a "rebuild" -d 'Recompute the personal records and training weeks the database keeps from the sets, in one transaction'
complete -c workout -n "__fish_workout_using_subcommand db; and not __fish_seen_subcommand_from status start stop url check rebuild help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from status" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from status" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from status" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from status" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from start" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from start" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from start" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from start" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from start" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from start" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from start" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from stop" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from stop" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from stop" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from stop" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from stop" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from stop" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from stop" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from stop" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from url" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from url" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from url" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from url" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from url" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from url" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from url" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from url" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from url" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from check" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from check" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from check" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from check" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from check" -l all-users -d 'Every user\'s records, not only the acting user\'s'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from check" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from check" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from rebuild" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from rebuild" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from rebuild" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from rebuild" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from rebuild" -l all-users -d 'Every user\'s records, not only the acting user\'s'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from rebuild" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from rebuild" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from rebuild" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from rebuild" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from rebuild" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "status" -d 'Whether the embedded database exists and runs, and where it lives'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "start" -d 'Create the embedded database if needed and start it'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop the embedded database\'s server'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "url" -d 'Print the embedded database\'s URL (for psql and other tools)'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "check" -d 'Compare the personal records and training weeks the database keeps with a fresh computation from the sets; list the differences (exit 4 if any)'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "rebuild" -d 'Recompute the personal records and training weeks the database keeps from the sets, in one transaction'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c workout -n "__fish_workout_using_subcommand config; and not __fish_seen_subcommand_from path show set unset help" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand config; and not __fish_seen_subcommand_from path show set unset help" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand config; and not __fish_seen_subcommand_from path show set unset help" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand config; and not __fish_seen_subcommand_from path show set unset help" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand config; and not __fish_seen_subcommand_from path show set unset help" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand config; and not __fish_seen_subcommand_from path show set unset help" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand config; and not __fish_seen_subcommand_from path show set unset help" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand config; and not __fish_seen_subcommand_from path show set unset help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand config; and not __fish_seen_subcommand_from path show set unset help" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand config; and not __fish_seen_subcommand_from path show set unset help" -f -a "path" -d 'Print the config file\'s path'
complete -c workout -n "__fish_workout_using_subcommand config; and not __fish_seen_subcommand_from path show set unset help" -f -a "show" -d 'Show the settings in effect and where each comes from (passwords masked)'
complete -c workout -n "__fish_workout_using_subcommand config; and not __fish_seen_subcommand_from path show set unset help" -f -a "set" -d 'Set a key in the config file: database_url, user, bar_kg, plates_kg, bar_lb, plates_lb, rest_weighted, rest_bodyweight, rest_timed'
complete -c workout -n "__fish_workout_using_subcommand config; and not __fish_seen_subcommand_from path show set unset help" -f -a "unset" -d 'Remove a key from the config file'
complete -c workout -n "__fish_workout_using_subcommand config; and not __fish_seen_subcommand_from path show set unset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from path" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from path" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from path" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from path" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from path" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from path" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from show" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from show" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from show" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from set" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from set" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from set" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from set" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from unset" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from unset" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from unset" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from unset" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from unset" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from unset" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the config file\'s path'
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the settings in effect and where each comes from (passwords masked)'
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a key in the config file: database_url, user, bar_kg, plates_kg, bar_lb, plates_lb, rest_weighted, rest_bodyweight, rest_timed'
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove a key from the config file'
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c workout -n "__fish_workout_using_subcommand timer" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand timer" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand timer" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand timer" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand timer" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand timer" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand timer" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand timer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand timer" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand plates" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand plates" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand plates" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand plates" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand plates" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand plates" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand plates" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand plates" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand plates" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand completions" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand completions" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand completions" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand completions" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand completions" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand completions" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand completions" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand man" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand man" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand man" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand man" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand man" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand man" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand man" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand man" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand help; and not __fish_seen_subcommand_from log session plan reminder exercise user body migrate db config timer plates completions man help" -f -a "log" -d 'Log sets: interactively on a terminal, or `log add` and friends'
complete -c workout -n "__fish_workout_using_subcommand help; and not __fish_seen_subcommand_from log session plan reminder exercise user body migrate db config timer plates completions man help" -f -a "session" -d 'Scheduled and performed workouts'
complete -c workout -n "__fish_workout_using_subcommand help; and not __fish_seen_subcommand_from log session plan reminder exercise user body migrate db config timer plates completions man help" -f -a "plan" -d 'Training plans: days, exercises with targets, status, scheduling'
complete -c workout -n "__fish_workout_using_subcommand help; and not __fish_seen_subcommand_from log session plan reminder exercise user body migrate db config timer plates completions man help" -f -a "reminder" -d 'Reminders: recurring, before a plan\'s sessions or one session; dispatch and ICS'
complete -c workout -n "__fish_workout_using_subcommand help; and not __fish_seen_subcommand_from log session plan reminder exercise user body migrate db config timer plates completions man help" -f -a "exercise" -d 'The exercise catalog and your own exercises'
complete -c workout -n "__fish_workout_using_subcommand help; and not __fish_seen_subcommand_from log session plan reminder exercise user body migrate db config timer plates completions man help" -f -a "user" -d 'Users and their profiles'
complete -c workout -n "__fish_workout_using_subcommand help; and not __fish_seen_subcommand_from log session plan reminder exercise user body migrate db config timer plates completions man help" -f -a "body" -d 'Body weight, body fat and girths over time'
complete -c workout -n "__fish_workout_using_subcommand help; and not __fish_seen_subcommand_from log session plan reminder exercise user body migrate db config timer plates completions man help" -f -a "migrate" -d 'Schema migrations'
complete -c workout -n "__fish_workout_using_subcommand help; and not __fish_seen_subcommand_from log session plan reminder exercise user body migrate db config timer plates completions man help" -f -a "db" -d 'The embedded default database'
complete -c workout -n "__fish_workout_using_subcommand help; and not __fish_seen_subcommand_from log session plan reminder exercise user body migrate db config timer plates completions man help" -f -a "config" -d 'The config file'
complete -c workout -n "__fish_workout_using_subcommand help; and not __fish_seen_subcommand_from log session plan reminder exercise user body migrate db config timer plates completions man help" -f -a "timer" -d 'A rest countdown alone: `workout timer 90s` (bell and notification at the end)'
complete -c workout -n "__fish_workout_using_subcommand help; and not __fish_seen_subcommand_from log session plan reminder exercise user body migrate db config timer plates completions man help" -f -a "plates" -d 'Plates per side for a total: `workout plates 142.5` (config: bar_kg, plates_kg, ...)'
complete -c workout -n "__fish_workout_using_subcommand help; and not __fish_seen_subcommand_from log session plan reminder exercise user body migrate db config timer plates completions man help" -f -a "completions" -d 'Print shell completions'
complete -c workout -n "__fish_workout_using_subcommand help; and not __fish_seen_subcommand_from log session plan reminder exercise user body migrate db config timer plates completions man help" -f -a "man" -d 'Print the man page (roff): `workout man > ~/.local/share/man/man1/workout.1`'
complete -c workout -n "__fish_workout_using_subcommand help; and not __fish_seen_subcommand_from log session plan reminder exercise user body migrate db config timer plates completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from log" -f -a "add" -d 'Log sets without prompts: `workout log add "Bench Press" 5x5@100kg`'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from log" -f -a "history" -d 'Sets, newest first'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from log" -f -a "prs" -d 'Personal records per exercise'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from log" -f -a "stats" -d 'Per ISO week: sessions, sets, hard sets, volume per muscle group; streaks'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from log" -f -a "progress" -d 'An exercise\'s estimated 1RM over time, as a chart (or its points)'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from log" -f -a "edit" -d 'Change one set'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from log" -f -a "delete" -d 'Delete one set (confirms, or --yes)'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from log" -f -a "export" -d 'Every set with its session, plan and exercise: --format csv|json|ndjson'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from log" -f -a "import" -d 'Sets and sessions from Strong, Hevy, FitNotes or `log export` csv'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "list" -d 'List sessions: the upcoming ones unless told otherwise'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "show" -d 'A session\'s sets by exercise, with totals and the plan\'s targets'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "schedule" -d 'Schedule a one-off session'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "start" -d 'Start a scheduled session'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "complete" -d 'Complete a session (raises plan targets whose every target was met)'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "skip" -d 'Skip a scheduled session'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "cancel" -d 'Cancel a scheduled or running session'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "delete" -d 'Delete a session and its sets (confirms, or --yes)'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "unstart" -d 'Take a started session with no sets back to scheduled'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "reschedule" -d 'Move a scheduled session to another time (its reminders follow)'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "create" -d 'Create a plan (prompts for the name on a terminal when not given)'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "list" -d 'List your plans'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "show" -d 'Show a plan\'s days and exercises with their targets'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "edit" -d 'Change a plan\'s name, description or goal'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "add-day" -d 'Add a day (a workout template such as "Push A") at the end of a plan'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "edit-day" -d 'Change a day\'s name, weekdays, notes or time'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "remove-day" -d 'Remove a day, its exercises and its scheduled sessions (confirms, or --yes)'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "move-day" -d 'Move a day to another place in the plan'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "add-exercise" -d 'Add an exercise with its targets at the end of a day'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "edit-exercise" -d 'Remove an exercise from a day Change a plan exercise\'s targets in place (the others stay)'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "remove-exercise"
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "move-exercise" -d 'Move an exercise to another place in its day'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "activate" -d 'Start a plan (from draft or paused; a finished plan needs --force)'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "pause" -d 'Pause an active plan'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "complete" -d 'Mark an active or paused plan as completed'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "archive" -d 'Archive a plan'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "delete" -d 'Delete a plan; sessions already done keep their history'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "schedule" -d 'Make scheduled sessions from the plan days\' weekdays'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from reminder" -f -a "add" -d 'Add a reminder: weekly (--weekdays, --at), before each scheduled session of a plan (--plan), or before one session (--session)'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from reminder" -f -a "list" -d 'List your reminders'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from reminder" -f -a "show" -d 'One reminder, with when it fires next'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from reminder" -f -a "enable" -d 'Turn a reminder back on: it fires next at its first occurrence from now'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from reminder" -f -a "disable" -d 'Turn a reminder off: it does not fire until enabled'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from reminder" -f -a "remove" -d 'Remove a reminder and its delivery history (confirms, or --yes)'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from reminder" -f -a "due" -d 'Print the reminders due now (and soon, with --within), changing nothing'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from reminder" -f -a "dispatch" -d 'Fire the due reminders, each occurrence exactly once'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from reminder" -f -a "ics" -d 'Print an iCalendar (RFC 5545) file of your reminders and scheduled sessions'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from exercise" -f -a "list" -d 'List the catalog and your own exercises, filtered'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from exercise" -f -a "show" -d 'Show one exercise, by name (case-insensitive) or id prefix'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from exercise" -f -a "add" -d 'Add an exercise of your own'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from exercise" -f -a "edit" -d 'Change an exercise you added (catalog exercises cannot be changed)'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from exercise" -f -a "import" -d 'Import exercises from a file in free-exercise-db\'s JSON format, as your own'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from exercise" -f -a "rename" -d 'Rename an exercise you added; the old name stays as an alias'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from exercise" -f -a "alias" -d 'Your own names for exercises (shared ones too), matched wherever a name is'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from exercise" -f -a "merge" -d 'Move every set, plan entry and session target of an exercise you added onto another, delete it and keep its name as an alias'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from exercise" -f -a "delete" -d 'Delete an exercise you added that nothing uses'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "show" -d 'Show the acting user\'s profile'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "set" -d 'Change the acting user\'s profile'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "add" -d 'Add a user'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'List the users of this database'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from body" -f -a "add" -d 'Record a measurement: `workout body add 80.4kg --waist 82cm`'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from body" -f -a "list" -d 'Measurements, oldest first'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from body" -f -a "delete" -d 'Delete one measurement (confirms, or --yes)'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from body" -f -a "chart" -d 'Body weight over time, as a chart (or its points)'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from migrate" -f -a "status" -d 'List the schema migrations and which are applied'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from migrate" -f -a "up" -d 'Apply the pending schema migrations'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from migrate" -f -a "down" -d 'Revert the newest applied migration (refused while v2 holds data, unless --force)'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from migrate" -f -a "legacy" -d 'Carry the legacy workouts (v1) into sessions, sets and plans (v2); re-runnable'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from migrate" -f -a "verify" -d 'Check the legacy migration\'s invariants per user (exit 4 on a mismatch)'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from migrate" -f -a "rollback" -d 'Remove everything the legacy migration created; legacy and native rows stay (confirms, or --yes)'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from migrate" -f -a "dual-write" -d 'Keep the legacy tables and v2 in step with triggers while the old app still writes'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from migrate" -f -a "cutover" -d 'Retire the old app: dual-write off, a last `migrate legacy` and `verify`, the legacy tables moved into schema `legacy`'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "status" -d 'Whether the embedded database exists and runs, and where it lives'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "start" -d 'Create the embedded database if needed and start it'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "stop" -d 'Stop the embedded database\'s server'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "url" -d 'Print the embedded database\'s URL (for psql and other tools)'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "check" -d 'Compare the personal records and training weeks the database keeps with a fresh computation from the sets; list the differences (exit 4 if any)'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "rebuild" -d 'Recompute the personal records and training weeks the database keeps from the sets, in one transaction'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the config file\'s path'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Show the settings in effect and where each comes from (passwords masked)'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set a key in the config file: database_url, user, bar_kg, plates_kg, bar_lb, plates_lb, rest_weighted, rest_bodyweight, rest_timed'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Remove a key from the config file'
