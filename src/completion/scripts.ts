/** Shell completion scripts: each asks `phoihop __complete <shell> <words...>` for the candidates. */
export const SHELLS = ['bash', 'zsh', 'fish', 'powershell'] as const;
export type Shell = (typeof SHELLS)[number];

// The answer is one candidate per line; a first line ":files" or ":dirs" hands over to the shell's own file completion.
const BASH = `# phoihop completion for bash. Install: phoihop completion bash > ~/.local/share/bash-completion/completions/phoihop
_phoihop() {
  local cur=\${COMP_WORDS[COMP_CWORD]} reply
  reply=$(phoihop __complete bash "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null) || return 0
  case "$reply" in
    :files) compopt -o default; COMPREPLY=(); return 0 ;;
    :dirs) compopt -o dirnames; COMPREPLY=(); return 0 ;;
  esac
  local IFS=$'\\n'
  COMPREPLY=($reply)
}
complete -F _phoihop phoihop
`;

const ZSH = `#compdef phoihop
# phoihop completion for zsh. Install: phoihop completion zsh > "\${fpath[1]}/_phoihop" (then restart zsh)
_phoihop() {
  local -a reply
  reply=("\${(@f)$(phoihop __complete zsh "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  case "\${reply[1]}" in
    :files) _files; return ;;
    :dirs) _files -/; return ;;
  esac
  compadd -- "\${(@)reply:#}"
}
if [[ "\${zsh_eval_context[-1]}" == loadautofunc ]]; then _phoihop "$@"; else compdef _phoihop phoihop; fi
`;

const FISH = `# phoihop completion for fish. Install: phoihop completion fish > ~/.config/fish/completions/phoihop.fish
function __phoihop_complete
  set -l words (commandline -opc) (commandline -ct)
  set -l reply (phoihop __complete fish $words[2..-1] 2>/dev/null)
  switch "$reply[1]"
    case :files
      __fish_complete_path (commandline -ct)
    case :dirs
      __fish_complete_directories (commandline -ct)
    case '*'
      printf '%s\\n' $reply
  end
end
complete -c phoihop -f -a '(__phoihop_complete)'
`;

const POWERSHELL = `# phoihop completion for PowerShell. Install: phoihop completion powershell >> $PROFILE
Register-ArgumentCompleter -Native -CommandName phoihop -ScriptBlock {
  param($wordToComplete, $commandAst, $cursorPosition)
  $words = @($commandAst.CommandElements | Select-Object -Skip 1 | ForEach-Object { $_.ToString() })
  if ($wordToComplete -eq '') { $words += '' }
  $reply = @(phoihop __complete powershell @words 2>$null)
  if ($reply.Count -gt 0 -and ($reply[0] -eq ':files' -or $reply[0] -eq ':dirs')) { return }
  $reply | ForEach-Object { [System.Management.Automation.CompletionResult]::new($(if ($_ -match '\\s') { "'$_'" } else { $_ }), $_, 'ParameterValue', $_) }
}
`;

export const COMPLETION_SCRIPTS: Record<Shell, string> = { bash: BASH, zsh: ZSH, fish: FISH, powershell: POWERSHELL };

/** A candidate as the shell must receive it: bash inserts words verbatim, so spaces are escaped there. */
export function quoteFor(shell: Shell, word: string): string {
  return shell === 'bash' ? word.replace(/([\\\s'"$`!&;|<>()*?[\]{}#~])/g, '\\$1') : word;
}

/** The word as typed, without the shell's quoting ("Ban\\ Dân" or "'Ban Dân" is "Ban Dân"). */
export function unquote(word: string): string {
  return word.replace(/^['"]/, '').replace(/['"]$/, '').replace(/\\(.)/g, '$1');
}
