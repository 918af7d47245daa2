#!/usr/bin/env bash
# Postfix for the test of the README's Postfix recipe: install it from Debian's packages when
# missing, without letting the package configure or start a system mail server (the test starts
# an instance of its own: own configuration and queue under a temporary folder, loopback only,
# high ports). Idempotent: safe to run at every CI run.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

if ! command -v postfix >/dev/null 2>&1 || ! command -v postmap >/dev/null 2>&1; then
  echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
  apt-get update -qq
  apt-get install -y -qq postfix >/dev/null
fi

# The package may have started the system instance (on port 25): stop it, by its own command.
if postfix status >/dev/null 2>&1; then
  if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet postfix 2>/dev/null; then
    systemctl stop postfix || true
    systemctl disable postfix >/dev/null 2>&1 || true
  else
    postfix stop >/dev/null 2>&1 || true
  fi
fi

id postfix >/dev/null && getent group postdrop >/dev/null
echo "postfix $(postconf -h mail_version) ready for the tests"
