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
complete -c workout -n "__fish_workout_needs_command" -f -a "user" -d 'Users and their profiles'
complete -c workout -n "__fish_workout_needs_command" -f -a "migrate" -d 'Schema migrations'
complete -c workout -n "__fish_workout_needs_command" -f -a "db" -d 'The embedded default database'
complete -c workout -n "__fish_workout_needs_command" -f -a "config" -d 'The config file'
complete -c workout -n "__fish_workout_needs_command" -f -a "completions" -d 'Print shell completions'
complete -c workout -n "__fish_workout_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from set" -l weight-unit -d 'The unit weights are shown and typed in' -r
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
complete -c workout -n "__fish_workout_using_subcommand user; and __fish_seen_subcommand_from add" -l weight-unit -d 'The unit weights are shown and typed in' -r
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
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback help" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback help" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback help" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback help" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback help" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback help" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback help" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback help" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback help" -f -a "status" -d 'List the schema migrations and which are applied'
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback help" -f -a "up" -d 'Apply the pending schema migrations'
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback help" -f -a "down" -d 'Revert the newest applied migration (refused while v2 holds data, unless --force)'
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback help" -f -a "legacy" -d 'Carry the legacy workouts (v1) into sessions, sets and plans (v2); re-runnable'
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback help" -f -a "verify" -d 'Check the legacy migration\'s invariants per user (exit 4 on a mismatch)'
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback help" -f -a "rollback" -d 'Remove everything the legacy migration created; legacy and native rows stay (confirms, or --yes)'
complete -c workout -n "__fish_workout_using_subcommand migrate; and not __fish_seen_subcommand_from status up down legacy verify rollback help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from legacy" -l backup -d 'Dump the legacy tables with `pg_dump -Fc` to FILE first; stop if that fails' -r -F
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
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "status" -d 'List the schema migrations and which are applied'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "up" -d 'Apply the pending schema migrations'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "down" -d 'Revert the newest applied migration (refused while v2 holds data, unless --force)'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "legacy" -d 'Carry the legacy workouts (v1) into sessions, sets and plans (v2); re-runnable'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check the legacy migration\'s invariants per user (exit 4 on a mismatch)'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "rollback" -d 'Remove everything the legacy migration created; legacy and native rows stay (confirms, or --yes)'
complete -c workout -n "__fish_workout_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c workout -n "__fish_workout_using_subcommand db; and not __fish_seen_subcommand_from status start stop url help" -l database-url -d 'PostgreSQL URL (else WORKOUT_DATABASE_URL, DATABASE_URL, the config file, the embedded default)' -r
complete -c workout -n "__fish_workout_using_subcommand db; and not __fish_seen_subcommand_from status start stop url help" -l user -d 'Act as the user with this e-mail (else WORKOUT_USER, the config file)' -r
complete -c workout -n "__fish_workout_using_subcommand db; and not __fish_seen_subcommand_from status start stop url help" -l format -d 'Output format of data on stdout' -r -f -a "table\t'A table for people (the default)'
json\t'One JSON document: an object, or an array for listings'
ndjson\t'One JSON object per line'
csv\t'RFC 4180 CSV with a header row'"
complete -c workout -n "__fish_workout_using_subcommand db; and not __fish_seen_subcommand_from status start stop url help" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c workout -n "__fish_workout_using_subcommand db; and not __fish_seen_subcommand_from status start stop url help" -l no-input -d 'Never prompt: a question becomes an error naming the flag to pass instead'
complete -c workout -n "__fish_workout_using_subcommand db; and not __fish_seen_subcommand_from status start stop url help" -s y -l yes -d 'Answer yes to confirmations'
complete -c workout -n "__fish_workout_using_subcommand db; and not __fish_seen_subcommand_from status start stop url help" -s q -l quiet -d 'Print only data and errors: no hints or progress'
complete -c workout -n "__fish_workout_using_subcommand db; and not __fish_seen_subcommand_from status start stop url help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c workout -n "__fish_workout_using_subcommand db; and not __fish_seen_subcommand_from status start stop url help" -s V -l version -d 'Print version'
complete -c workout -n "__fish_workout_using_subcommand db; and not __fish_seen_subcommand_from status start stop url help" -f -a "status" -d 'Whether the embedded database exists and runs, and where it lives'
complete -c workout -n "__fish_workout_using_subcommand db; and not __fish_seen_subcommand_from status start stop url help" -f -a "start" -d 'Create the embedded database if needed and start it'
complete -c workout -n "__fish_workout_using_subcommand db; and not __fish_seen_subcommand_from status start stop url help" -f -a "stop" -d 'Stop the embedded database\'s server'
complete -c workout -n "__fish_workout_using_subcommand db; and not __fish_seen_subcommand_from status start stop url help" -f -a "url" -d 'Print the embedded database\'s URL (for psql and other tools)'
complete -c workout -n "__fish_workout_using_subcommand db; and not __fish_seen_subcommand_from status start stop url help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "status" -d 'Whether the embedded database exists and runs, and where it lives'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "start" -d 'Create the embedded database if needed and start it'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop the embedded database\'s server'
complete -c workout -n "__fish_workout_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "url" -d 'Print the embedded database\'s URL (for psql and other tools)'
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
complete -c workout -n "__fish_workout_using_subcommand config; and not __fish_seen_subcommand_from path show set unset help" -f -a "set" -d 'Set a key in the config file: database_url or user'
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
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a key in the config file: database_url or user'
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove a key from the config file'
complete -c workout -n "__fish_workout_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c workout -n "__fish_workout_using_subcommand help; and not __fish_seen_subcommand_from user migrate db config completions help" -f -a "user" -d 'Users and their profiles'
complete -c workout -n "__fish_workout_using_subcommand help; and not __fish_seen_subcommand_from user migrate db config completions help" -f -a "migrate" -d 'Schema migrations'
complete -c workout -n "__fish_workout_using_subcommand help; and not __fish_seen_subcommand_from user migrate db config completions help" -f -a "db" -d 'The embedded default database'
complete -c workout -n "__fish_workout_using_subcommand help; and not __fish_seen_subcommand_from user migrate db config completions help" -f -a "config" -d 'The config file'
complete -c workout -n "__fish_workout_using_subcommand help; and not __fish_seen_subcommand_from user migrate db config completions help" -f -a "completions" -d 'Print shell completions'
complete -c workout -n "__fish_workout_using_subcommand help; and not __fish_seen_subcommand_from user migrate db config completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "show" -d 'Show the acting user\'s profile'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "set" -d 'Change the acting user\'s profile'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "add" -d 'Add a user'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'List the users of this database'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from migrate" -f -a "status" -d 'List the schema migrations and which are applied'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from migrate" -f -a "up" -d 'Apply the pending schema migrations'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from migrate" -f -a "down" -d 'Revert the newest applied migration (refused while v2 holds data, unless --force)'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from migrate" -f -a "legacy" -d 'Carry the legacy workouts (v1) into sessions, sets and plans (v2); re-runnable'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from migrate" -f -a "verify" -d 'Check the legacy migration\'s invariants per user (exit 4 on a mismatch)'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from migrate" -f -a "rollback" -d 'Remove everything the legacy migration created; legacy and native rows stay (confirms, or --yes)'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "status" -d 'Whether the embedded database exists and runs, and where it lives'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "start" -d 'Create the embedded database if needed and start it'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "stop" -d 'Stop the embedded database\'s server'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "url" -d 'Print the embedded database\'s URL (for psql and other tools)'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the config file\'s path'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Show the settings in effect and where each comes from (passwords masked)'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set a key in the config file: database_url or user'
complete -c workout -n "__fish_workout_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Remove a key from the config file'
