#!/usr/bin/env bash
# Dovecot for the IMAP tests: install it from Debian's packages when missing, and make sure the
# system service holds no port (the tests start their own servers on free high ports, from a
# configuration of their own). Idempotent: safe to run at every CI run.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

if ! command -v dovecot >/dev/null 2>&1 || ! command -v doveadm >/dev/null 2>&1; then
  apt-get update -qq
  apt-get install -y -qq dovecot-imapd >/dev/null
fi

# The package may have started the system instance (on 143/993): stop it. Only that instance,
# found by its own pid file, never by process name.
if [ -f /run/dovecot/master.pid ] && kill -0 "$(cat /run/dovecot/master.pid)" 2>/dev/null; then
  if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet dovecot 2>/dev/null; then
    systemctl stop dovecot || true
    systemctl disable dovecot >/dev/null 2>&1 || true
  else
    doveadm stop 2>/dev/null || kill "$(cat /run/dovecot/master.pid)" 2>/dev/null || true
  fi
fi

id dovecot >/dev/null && id dovenull >/dev/null
echo "dovecot $(dovecot --version) ready for the tests"
