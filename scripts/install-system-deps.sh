#!/bin/sh
# Install the system packages mailbot's tests and `make demo` need (Debian 12 / Ubuntu), as root.
#
#   sudo scripts/install-system-deps.sh
#
# Idempotent: does nothing (no apt-get update) when every package is already installed.
# We only use the Dovecot *binaries*: mailbot.devservers runs private instances from generated
# configs on free loopback ports. The system service is never used: if installing the packages
# started it, it is stopped and disabled again.
set -eu

PACKAGES="dovecot-imapd dovecot-lmtpd dovecot-sieve"

if [ "$(id -u)" -ne 0 ]; then
    echo "install-system-deps.sh: must run as root (try: sudo $0)" >&2
    exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-system-deps.sh: apt-get not found; install $PACKAGES by hand" >&2
    exit 1
fi

missing=""
for pkg in $PACKAGES; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    case "$status" in
        *"ok installed") ;;
        *) missing="$missing $pkg" ;;
    esac
done

if [ -n "$missing" ]; then
    echo "install-system-deps.sh: installing$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    # policy-rc.d may forbid starting services (containers); the install still succeeds.
    apt-get install -y -q --no-install-recommends $missing
else
    echo "install-system-deps.sh: $PACKAGES already installed"
fi

# If we just installed Dovecot and the package started the system service anyway (no
# policy-rc.d), stop it and keep it from starting at boot: we never use it and it would hold
# port 143. A Dovecot that was installed before is someone's real server: leave it alone (our
# private instances use free ports and do not conflict with it).
if [ -n "$missing" ]; then
    if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
        systemctl disable --now dovecot.service dovecot.socket >/dev/null 2>&1 || true
    else
        if command -v update-rc.d >/dev/null 2>&1; then
            update-rc.d dovecot disable >/dev/null 2>&1 || true
        fi
        if [ -x /etc/init.d/dovecot ]; then
            /etc/init.d/dovecot stop >/dev/null 2>&1 || true
        fi
    fi
    if [ -f /run/dovecot/master.pid ] && kill -0 "$(cat /run/dovecot/master.pid)" 2>/dev/null
    then
        doveadm -c /etc/dovecot/dovecot.conf stop >/dev/null 2>&1 || true
    fi
fi

for bin in /usr/sbin/dovecot /usr/bin/doveadm /usr/lib/dovecot/imap /usr/lib/dovecot/lmtp \
    /usr/lib/dovecot/modules/lib90_sieve_plugin.so; do
    if [ ! -e "$bin" ]; then
        echo "install-system-deps.sh: $bin missing after installation" >&2
        exit 1
    fi
done
echo "install-system-deps.sh: ok ($(dovecot --version))"
