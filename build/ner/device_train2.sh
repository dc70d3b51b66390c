#!/usr/bin/env bash
# Second GPU round: the faster architectures of the speed table (width 128 depth 2, width 96 depth 4),
# each for $SECS seconds; model-best comes back split into <16 MB pieces.  Same set-up as device_train.sh.
set -u
SECS=${SECS:-230}
OUT=${OUT:-/tmp/out}
mkdir -p /tmp/site "$OUT" && tar xJf .whl/site312.tar.xz -C /tmp/site || exit 3
export PYTHONPATH=/tmp/site PYTHONUNBUFFERED=1
T=/tmp/training; mkdir -p $T
run() {
  local name=$1; shift
  OMP_NUM_THREADS=4 timeout "$SECS" python3 -m spacy train build/ner/config.cfg --output $T/$name \
    --paths.train build/ner/corpus/train.spacy --paths.dev build/ner/corpus/dev.spacy --gpu-id 0 \
    --training.eval_frequency 300 --training.max_steps 0 "$@" > $T/$name.log 2>&1
  echo "$name done rc=$?"
}
run g128d2 --components.tok2vec.model.encode.depth 2 &
run g96 --components.tok2vec.model.encode.width 96 --components.tok2vec.model.encode.depth 4 &
wait
for name in g128d2 g96; do
  [ -d $T/$name/model-best ] && tar cf - -C $T/$name model-best | xz -1 -T8 | split -b 15M - "$OUT/$name.tar.xz."
done
tar cJf "$OUT/logs2.tar.xz" -C $T g128d2.log g96.log
ls -la "$OUT"; for f in $T/*.log; do echo "== $f"; grep -E "^ +[0-9]+ +[0-9]+ " "$f" | tail -2; done
