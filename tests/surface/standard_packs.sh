# Sourced by the scripts of this folder, from the repository root: the
# standard packs (each folder of rules/ with a pack.yaml), and the options
# that name them inside another copy of rules/.
packs=$(cd rules && for manifest in */pack.yaml; do dirname "$manifest"; done)
# --rules COPY/asn-netralitas --rules COPY/kepala-desa …
rules_in() { for name in $packs; do printf -- '--rules %s/%s ' "$1" "$name"; done; }
# COPY/asn-netralitas COPY/kepala-desa …
folders_in() { for name in $packs; do printf -- '%s/%s ' "$1" "$name"; done; }
