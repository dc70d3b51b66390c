#!/usr/bin/env bash
# Train the NER variants on a lent GPU machine (Python 3.12, CuPy, no network).
# spaCy and its dependencies travel unpacked in .whl/site312.tar.xz, the DocBins in build/ner/corpus/
# (made here by convert.py).  Each variant runs for at most $SECS seconds; the best checkpoint by
# GermEval DEV F1 comes back as a tar.xz under $OUT.  The test split never travels.
set -u
SECS=${SECS:-400}
OUT=${OUT:-/tmp/out}
mkdir -p /tmp/site "$OUT" && tar xJf .whl/site312.tar.xz -C /tmp/site || exit 3
export PYTHONPATH=/tmp/site PYTHONUNBUFFERED=1
python3 -c "import spacy; print('spacy', spacy.__version__)" || exit 4
GPU=-1
if python3 -c "import spacy; spacy.require_gpu(); import thinc.api as t; print(t.get_current_ops())"; then GPU=0; fi
echo "gpu-id $GPU"; nvidia-smi -L
T=/tmp/training; mkdir -p $T
run() {  # name, train file, extra overrides...
  local name=$1 train=$2; shift 2
  OMP_NUM_THREADS=4 timeout "$SECS" python3 -m spacy train build/ner/config.cfg --output $T/$name \
    --paths.train "$train" --paths.dev build/ner/corpus/dev.spacy --gpu-id $GPU \
    --training.eval_frequency 300 --training.max_steps 0 --components.tok2vec.model.encode.depth 4 "$@" > $T/$name.log 2>&1
  echo "$name done rc=$?"
}
run g128 build/ner/corpus/train.spacy &
run g256 build/ner/corpus/train.spacy --components.tok2vec.model.encode.width 256 --components.tok2vec.model.encode.depth 6 &
run g128ler build/ner/corpus/ler/train.spacy &
run g192 build/ner/corpus/train.spacy --components.tok2vec.model.encode.width 192 --components.tok2vec.model.embed.rows "[40000, 8000, 8000, 2500]" &
wait
for name in g128 g256 g128ler g192; do
  [ -d $T/$name/model-best ] && tar cf - -C $T/$name model-best | xz -1 -T4 > "$OUT/$name.tar.xz"
done
tar cJf "$OUT/logs.tar.xz" -C $T $(cd $T && ls *.log)
ls -la "$OUT"; for f in $T/*.log; do echo "== $f"; grep -E "^ +[0-9]+ +[0-9]+ " "$f" | tail -3; done
