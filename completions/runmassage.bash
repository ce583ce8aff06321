# bash completion for runmassage: commands, each command's options, and the values they take.
# Standalone: it needs none of bash-completion's helpers, so it also works when sourced by hand.

_runmassage_words() {
  # shellcheck disable=SC2207  # the words have no spaces, so splitting them is safe
  COMPREPLY=($(compgen -W "$1" -- "$2"))
}

_runmassage_files() {
  local IFS=$'\n' # file names may hold spaces
  compopt -o filenames 2>/dev/null # marks directories with a slash; fails outside completion
  # shellcheck disable=SC2207
  COMPREPLY=($(compgen "$1" -- "$2"))
}

_runmassage() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev='' command='' i
  ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
  # With "=" among the word breaks, "--format=js" arrives as "--format" "=" "js".
  if [[ $cur == = ]]; then
    cur=
  elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then
    prev=${COMP_WORDS[COMP_CWORD - 2]}
  fi

  # The command is the first word that names one; --config takes the word after it.
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${COMP_WORDS[i]} in
      --config) ((i++)) ;;
      plan | types | week | batch | history)
        command=${COMP_WORDS[i]}
        break
        ;;
      rules)
        command=rules
        # `rules check` and `rules test`: the word after `rules` names the subcommand.
        ((i + 1 < COMP_CWORD)) && command="rules ${COMP_WORDS[i + 1]}"
        break
        ;;
    esac
  done

  local dates="today tomorrow yesterday monday tuesday wednesday thursday friday saturday sunday
mon tue wed thu fri sat sun"
  case $prev in
    --format)
      if [[ $command == week ]]; then
        _runmassage_words "text json markdown ics" "$cur"
      else
        _runmassage_words "text json" "$cur"
      fi
      return
      ;;
    --color | --colour)
      _runmassage_words "auto always never" "$cur"
      return
      ;;
    --tz)
      _runmassage_words "UTC Europe/London America/New_York Asia/Tokyo" "$cur"
      return
      ;;
    --week-start)
      _runmassage_words "mon sun" "$cur"
      return
      ;;
    --budget)
      _runmassage_words "1/week 2/month" "$cur"
      return
      ;;
    --available)
      _runmassage_words "mon tue wed thu fri sat sun mon-fri sat,sun" "$cur"
      return
      ;;
    --next-run | --last-run | --race | --today | --start | --run)
      _runmassage_words "$dates" "$cur"
      return
      ;;
    --sex)
      _runmassage_words "male female" "$cur"
      return
      ;;
    --weeks | --hr-rest | --hr-max | --jobs)
      COMPREPLY=()
      return
      ;;
    --data)
      _runmassage_files -d "$cur"
      return
      ;;
    --history)
      _runmassage_files -f "$cur" # a file or a folder
      return
      ;;
    --ics | --output | --config)
      _runmassage_files -f "$cur"
      return
      ;;
  esac

  local options
  case $command in
    "")
      if [[ $cur == -* ]]; then
        _runmassage_words "--help --version --config" "$cur"
      else
        _runmassage_words "plan types week batch history rules" "$cur"
      fi
      return
      ;;
    plan)
      options="--next-run --last-run --race --today --format --data --color --explain --history
--hr-rest --hr-max --sex --help"
      ;;
    types) options="--format --data --color --help" ;;
    week)
      options="--run --race --ics --tz --start --week-start --weeks --budget --available --today
--format --data --output --color --history --help"
      ;;
    history)
      if [[ $cur != -* ]]; then
        _runmassage_files -f "$cur" # a PATH
        return
      fi
      options="--weeks --week-start --today --format --data --color --hr-rest --hr-max --sex
--help"
      ;;
    batch)
      if [[ $cur != -* ]]; then
        _runmassage_files -f "$cur" # the input FILE
        return
      fi
      options="--brief --explain --today --jobs --data --help"
      ;;
    rules)
      if [[ $cur == -* ]]; then
        options="--help"
      else
        _runmassage_words "check test" "$cur"
        return
      fi
      ;;
    "rules check") options="--format --data --help" ;;
    "rules test")
      if [[ $cur != -* ]]; then
        _runmassage_files -f "$cur" # the case FILEs
        return
      fi
      options="--data --help"
      ;;
  esac
  _runmassage_words "$options" "$cur"
}

complete -F _runmassage runmassage
