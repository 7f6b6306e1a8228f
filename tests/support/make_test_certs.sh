#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# make_test_certs.sh OUTDIR
#
# Creates throwaway EC P-256 certificates (valid 2 days) for the HTTPS
# client tests. Needs only the openssl CLI (works with OpenSSL 3.0).
#
#   ca.pem / ca.key               trusted test CA
#   server.pem / server.key       leaf from ca, SAN IP:127.0.0.1, DNS:localhost
#   otherhost.pem / otherhost.key leaf from ca, SAN DNS:other.invalid only
#   rogue-ca.pem / rogue-ca.key   second CA the client must NOT trust
#   untrusted.pem / untrusted.key leaf from rogue-ca, SAN IP:127.0.0.1, DNS:localhost
#
# Silent on success; on failure openssl's error output is shown and the
# script exits non-zero.
set -euo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 OUTDIR" >&2
    exit 2
fi

out=$1
mkdir -p "$out"
cd "$out"

# Scratch files (CSRs, extension files) live in a temp dir removed on exit.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Run openssl with output captured; print it only if the command fails.
run() {
    if ! "$@" >"$tmp/log" 2>&1; then
        cat "$tmp/log" >&2
        return 1
    fi
}

# make_ca NAME CN: self-signed CA certificate NAME.pem with key NAME.key.
make_ca() {
    run openssl req -x509 -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 \
        -nodes -keyout "$1.key" -out "$1.pem" -days 2 -sha256 \
        -subj "/CN=$2" \
        -addext "basicConstraints=critical,CA:TRUE" \
        -addext "keyUsage=critical,keyCertSign,cRLSign" \
        -addext "subjectKeyIdentifier=hash"
}

# make_leaf NAME CA CN SAN: leaf NAME.pem / NAME.key signed by CA.pem.
make_leaf() {
    local name=$1 ca=$2 cn=$3 san=$4
    run openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 \
        -nodes -keyout "$name.key" -out "$tmp/$name.csr" -subj "/CN=$cn"
    # Extensions are given via extfile because "openssl x509 -req" ignores
    # extensions requested in the CSR.
    cat >"$tmp/$name.ext" <<EOF
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=serverAuth
subjectAltName=$san
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid
EOF
    run openssl x509 -req -in "$tmp/$name.csr" -CA "$ca.pem" -CAkey "$ca.key" \
        -CAcreateserial -CAserial "$tmp/$ca.srl" -days 2 -sha256 \
        -extfile "$tmp/$name.ext" -out "$name.pem"
}

make_ca ca "Test CA"
make_ca rogue-ca "Rogue Test CA"

make_leaf server    ca       localhost     "IP:127.0.0.1,DNS:localhost"
make_leaf otherhost ca       other.invalid "DNS:other.invalid"
make_leaf untrusted rogue-ca localhost     "IP:127.0.0.1,DNS:localhost"

# Private keys are only for tests, but keep them owner-readable anyway.
chmod 600 ./*.key
