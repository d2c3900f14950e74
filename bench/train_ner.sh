#!/usr/bin/env bash
# Rebuild the bundled NER model (src/marsad/models/ner) from the shared corpora: the exact
# command behind the committed model (see src/marsad/models/ner/MODEL_CARD.md).
# Word clusters are built from the unlabelled news corpus (1-3 minutes); pass
# CLUSTERS="--clusters path/to/clusters.tsv" to reuse a table. The CRF is trained on ANERcorp
# train (listed twice, i.e. weight 2; its last 10% of sentences held out as dev), AQMAR train
# and the Wojood sample train (about 4 minutes on one core).
set -euo pipefail
SHARED=${SHARED:-"$(cd "$(dirname "$0")/../.." && pwd)/shared"}
D="$SHARED/data/ner"
OUT=${OUT:-src/marsad/models/ner}
CLUSTERS=${CLUSTERS:-"--clusters-corpus $SHARED/data/corpus/articles.jsonl.gz"}
# shellcheck disable=SC2086
.venv/bin/marsad train ner \
  --data "$D/anercorp/train.conll" --data "$D/anercorp/train.conll" \
  --carve "$D/anercorp/train.conll" \
  --data "$D/aqmar/train.conll" \
  --data "$D/wojood-sample/train.conll" \
  --dev "$D/aqmar/dev.conll" --dev "$D/wojood-sample/dev.conll" \
  $CLUSTERS --out "$OUT" --c1 0.3 --c2 0.005 --max-iter 200 "$@"
