#!/usr/bin/env bash
# make-certs.sh [--client] [--cluster CLUSTER] OUTDIR NAME...: a cluster CA and, for each NAME, a node certificate
# usable by a Ferry node as its gRPC server certificate and as its client certificate towards peers (mutual TLS);
# with --client, a client-only certificate for an operator's `ferry` (nodes refuse it on the Replication service).
# With --cluster, node certificates name their cluster (subject OU=CLUSTER): a node then refuses it as a peer unless
# CLUSTER is its own --cluster, so one CA can sign the nodes of several clusters without mixing them.
#
#   OUTDIR/ca.pem, OUTDIR/ca-key.pem        the cluster CA (made once; reused when it exists)
#   OUTDIR/NAME.pem, OUTDIR/NAME-key.pem    leaf certificate + key (EC P-256), signed by the CA
#
# Node certificates carry extendedKeyUsage serverAuth,clientAuth and the subject alternative names
# DNS:NAME, DNS:localhost, IP:127.0.0.1 (plus every entry of FERRY_CERT_SAN, e.g. "IP:10.0.0.5,DNS:ferry-1.lan");
# client certificates (--client) carry extendedKeyUsage clientAuth only and the SAN DNS:NAME. The CN is NAME.
# Existing leaf files are kept (idempotent); delete them, or set FERRY_CERT_RENEW=1, to issue new ones.
# Keys are mode 0600. Validity: FERRY_CERT_DAYS (default 825) for leaves, 3650 days for the CA.
set -euo pipefail

usage() { echo "usage: $0 [--client] [--cluster CLUSTER] OUTDIR NAME..." >&2; exit 2; }
CLIENT=0
CLUSTER=
while :; do
  case "${1:-}" in
    --client) CLIENT=1; shift ;;
    --cluster) [ $# -ge 2 ] || usage; CLUSTER=$2; shift 2 ;;
    *) break ;;
  esac
done
if [ -n "$CLUSTER" ] && ! [[ "$CLUSTER" =~ ^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$ ]]; then
  echo "make-certs: \"$CLUSTER\" is not a valid cluster name (letters, digits, '.', '_', '-'; at most 63)" >&2
  exit 2
fi
[ $# -ge 2 ] || usage
command -v openssl >/dev/null || { echo "make-certs: openssl is required" >&2; exit 1; }

OUT=$1; shift
DAYS=${FERRY_CERT_DAYS:-825}
EXTRA_SAN=${FERRY_CERT_SAN:-}
umask 077
mkdir -p "$OUT"

CA=$OUT/ca.pem
CA_KEY=$OUT/ca-key.pem
if [ -s "$CA" ] && [ -s "$CA_KEY" ]; then
  echo "make-certs: reusing the CA in $CA"
elif [ -e "$CA" ] || [ -e "$CA_KEY" ]; then
  echo "make-certs: $OUT holds only one of ca.pem / ca-key.pem; refusing to overwrite it" >&2
  exit 1
else
  openssl ecparam -name prime256v1 -genkey -noout -out "$CA_KEY.tmp"
  openssl pkcs8 -topk8 -nocrypt -in "$CA_KEY.tmp" -out "$CA_KEY"
  rm -f "$CA_KEY.tmp"
  openssl req -x509 -new -key "$CA_KEY" -sha256 -days 3650 -subj "/O=Ferry/CN=Ferry cluster CA" \
    -addext "basicConstraints=critical,CA:TRUE,pathlen:0" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -addext "subjectKeyIdentifier=hash" \
    -out "$CA"
  chmod 0644 "$CA"
  echo "make-certs: new CA $CA"
fi

for NAME in "$@"; do
  if ! [[ "$NAME" =~ ^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$ ]]; then
    echo "make-certs: \"$NAME\" is not a valid name (letters, digits, '.', '_', '-'; at most 63)" >&2
    exit 2
  fi
  [ "$NAME" != ca ] || { echo "make-certs: \"ca\" is reserved for the CA" >&2; exit 2; }
  CERT=$OUT/$NAME.pem
  KEY=$OUT/$NAME-key.pem
  if [ -s "$CERT" ] && [ -s "$KEY" ] && [ "${FERRY_CERT_RENEW:-0}" != 1 ]; then
    echo "make-certs: keeping $CERT"
    continue
  fi
  if [ "$CLIENT" = 1 ]; then
    SAN="DNS:$NAME"; EKU=clientAuth
  else
    SAN="DNS:$NAME,DNS:localhost,IP:127.0.0.1${EXTRA_SAN:+,$EXTRA_SAN}"; EKU=serverAuth,clientAuth
  fi
  EXT=$(mktemp)
  CSR=$(mktemp)
  trap 'rm -f "$EXT" "$CSR"' EXIT
  cat >"$EXT" <<CONF
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = $EKU
subjectAltName = $SAN
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
CONF
  openssl ecparam -name prime256v1 -genkey -noout -out "$KEY.tmp"
  openssl pkcs8 -topk8 -nocrypt -in "$KEY.tmp" -out "$KEY"
  rm -f "$KEY.tmp"
  chmod 0600 "$KEY"
  openssl req -new -key "$KEY" -subj "/O=Ferry${CLUSTER:+/OU=$CLUSTER}/CN=$NAME" -out "$CSR"
  openssl x509 -req -in "$CSR" -CA "$CA" -CAkey "$CA_KEY" -CAcreateserial -sha256 -days "$DAYS" -extfile "$EXT" -out "$CERT" 2>/dev/null
  chmod 0644 "$CERT"
  rm -f "$EXT" "$CSR"
  openssl verify -CAfile "$CA" "$CERT" >/dev/null
  echo "make-certs: $CERT ($EKU; $SAN)"
done
chmod 0600 "$CA_KEY"
rm -f "$OUT/ca.srl"
