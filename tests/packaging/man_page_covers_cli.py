#!/usr/bin/env python3
"""Fails when a verb or an option that spineview's own --help lists is missing from the manual
page, or sits in the wrong part of it: global options under OPTIONS, each verb's options and
arguments in that verb's subsection under VERBS. Keeps spineview(1) honest as verbs are added.

usage: man_page_covers_cli.py SPINEVIEW MANPAGE"""
import re
import subprocess
import sys


def help_text(exe, *verb):
    run = subprocess.run([exe, *verb, "--help"], capture_output=True, text=True, timeout=60)
    if run.returncode != 0:
        sys.exit(f"{exe} {' '.join(verb)} --help exited {run.returncode}: {run.stderr.strip()}")
    return run.stdout


def parse_help(text):
    """CLI11's help: the option names, positional names and subcommand names it lists."""
    options, positionals, verbs = [], [], []
    section = None
    for line in text.splitlines():
        if re.match(r"^\S.*:$", line):
            section = line[:-1].strip()
            continue
        m = re.match(r"^  (\S+)", line)
        if not m:
            continue
        first = m.group(1)
        if section == "Options" and first.startswith("-"):
            options.extend(name for name in first.split(",") if name.startswith("-"))
        elif section == "Positionals":
            positionals.append(first)
        elif section == "Subcommands":
            verbs.append(first)
    return options, positionals, verbs


def man_sections(source):
    """{'OPTIONS': text, 'verb:render': text, ...} from the troff source, with fonts and escapes removed."""
    text = re.sub(r"\\f[BIRP]", "", source)
    text = text.replace("\\-", "-").replace("\\(dq", '"').replace('"', " ")
    sections, name = {}, None
    for line in text.splitlines():
        if line.startswith(".SH "):
            heading = line[4:].strip()
            name = heading if heading != "VERBS" else None
            sections.setdefault(heading, "")
            continue
        if line.startswith(".SS "):
            name = "verb:" + line[4:].split()[0]
            sections[name] = line[4:] + "\n"
            continue
        if name:
            sections[name] = sections.get(name, "") + line + "\n"
    return sections


def mentions(text, token):
    return re.search(r"(?<![\w-])" + re.escape(token) + r"(?![\w-])", text, re.IGNORECASE) is not None


def main():
    exe, manpage = sys.argv[1], sys.argv[2]
    sections = man_sections(open(manpage, encoding="utf-8").read())
    missing = []
    options, _, verbs = parse_help(help_text(exe))
    if not verbs or not options:
        sys.exit("could not read the verbs and options from spineview --help")
    for option in options:
        if not mentions(sections.get("OPTIONS", ""), option):
            missing.append(f"global option {option} (under OPTIONS)")
    for verb in verbs:
        section = sections.get("verb:" + verb)
        if section is None:
            missing.append(f"verb {verb} (a .SS {verb} subsection under VERBS)")
            continue
        verb_options, verb_positionals, _ = parse_help(help_text(exe, verb))
        for option in verb_options:
            if option not in ("-h", "--help") and not mentions(section, option):
                missing.append(f"{verb} option {option}")
        for positional in verb_positionals:
            if not mentions(section, positional) and positional.upper() not in section:
                missing.append(f"{verb} argument {positional}")
    if missing:
        print("spineview(1) does not cover:\n  " + "\n  ".join(missing))
        return 1
    print(f"spineview(1) covers {len(verbs)} verbs and {len(options)} global options")
    return 0


if __name__ == "__main__":
    sys.exit(main())
