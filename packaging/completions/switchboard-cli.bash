# bash completion for switchboard-cli                                   -*- shell-script -*-
# Commands, their options and the global options, as `switchboard-cli --help` lists them
# (tests/package/tst_completions checks that the two agree).

_switchboard_cli()
{
    local cur prev words cword
    _init_completion || return

    local commands="services describe call bench publish subscribe cluster mock demo watch journal collect"
    local global="--server -s --user --password --token --creds --nkey --tlsca --tlscert --tlskey --version --help -h"

    # Values of the options that take one.
    case $prev in
        --creds | --nkey | --tlsca | --tlscert | --tlskey | --rules | --file | --proto | --body-file)
            _filedir
            return ;;
        --import-path)
            _filedir -d
            return ;;
        --content-type)
            COMPREPLY=($(compgen -W "json protobuf" -- "$cur"))
            return ;;
        --server | -s | --user | --password | --token | --interval | --timeout | --count | \
        --node | --queue | --reply | --zone | --service-version | --monitor | --expect | \
        --endpoint | --header | -H | --duration | --region | --since | --kind | --service | \
        --grep | --limit | --subject | --events-stream | --rates-stream | --prefix | --max-age | \
        --events-max-bytes | --rates-max-bytes | --replicas | --rollup | --message | \
        --concurrency | --rate | --max-in-flight | --requests | --warmup | --stop-error-rate | \
        --max-p99 | --max-error-rate)
            return ;;
    esac

    local i command=
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --server | -s | --user | --password | --token | --creds | --nkey | --tlsca | --tlscert | --tlskey)
                ((i++)) ;;
            -*) ;;
            *) command=${words[i]}; break ;;
        esac
    done

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "$global" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        fi
        return
    fi

    local options
    case $command in
        services) options="--watch --interval --monitor --json" ;;
        describe) options="--json" ;;
        call) options="--node --header -H --timeout --count --json --body-file --proto --import-path --content-type --message" ;;
        bench) options="--concurrency --rate --max-in-flight --requests --duration --warmup --timeout --node --header -H --stop-error-rate --max-p99 --max-error-rate --json --proto --import-path --content-type --message" ;;
        publish) options="--header -H --proto --import-path --content-type --message" ;;
        subscribe) options="--queue --count --rates --interval --json --proto --import-path --content-type --message" ;;
        cluster) options="--watch --interval --monitor --expect --json" ;;
        mock) options="--endpoint --reply --zone --service-version --proto --import-path --content-type --message" ;;
        demo) options="--chaos --show --json" ;;
        watch) options="--rules --interval --duration --region --monitor --json" ;;
        journal) options="--since --kind --region --zone --service --grep --limit --file --collector --events-stream --prefix --json" ;;
        collect) options="--config --region --subject --monitor --events-stream --rates-stream --prefix --max-age --events-max-bytes --rates-max-bytes --replicas --memory --rollup --duration --json" ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options $global" -- "$cur"))
    fi
} &&
    complete -F _switchboard_cli switchboard-cli

# ex: filetype=sh
