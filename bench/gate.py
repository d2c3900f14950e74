"""Quality gate: run every `marsad eval`, compare with the floors in eval_baseline.json.

    .venv/bin/python bench/gate.py                 # fail (exit 1) on any regression beyond EPSILON
    .venv/bin/python bench/gate.py --update        # raise floors to today's scores
    .venv/bin/python bench/gate.py --allow-regression --update   # accept lower scores (say why in the commit)

Each check names a command and the JSON path of its score. The digest of each gold file is
pinned with its floor, so a changed gold set is reported instead of silently compared.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
BASELINE = Path(__file__).with_name("eval_baseline.json")
EPSILON = 0.005
MARSAD = [sys.executable, "-m", "marsad.cli"]

CHECKS: dict[str, tuple[list[str], list[str], Path]] = {
    # name: (command args, JSON path of the score, gold file for the digest)
    "ner.aqmar-dev.f1": (["eval", "ner", str(SHARED / "ner/aqmar/dev.conll"), "--json"], ["f1"],
                         SHARED / "ner/aqmar/dev.conll"),
    "ner.wojood-dev.f1": (["eval", "ner", str(SHARED / "ner/wojood-sample/dev.conll"), "--json"], ["f1"],
                          SHARED / "ner/wojood-sample/dev.conll"),
    "events.assault.test.f1": (["eval", "events", "--gsr", str(SHARED / "events/arabic_event_gsr"), "--json"],
                               ["ASSAULT", "test", "f1"], SHARED / "events/arabic_event_gsr/assault_gsr.csv"),
    "events.protest.test.f1": (["eval", "events", "--gsr", str(SHARED / "events/arabic_event_gsr"), "--json"],
                               ["PROTEST", "test", "f1"], SHARED / "events/arabic_event_gsr/protest_gsr.csv"),
    "analysis.quotes.recall": (["eval", "analysis", "--gold", str(ROOT / "tests/data/annotated_dev.jsonl"), "--json"],
                               ["quotes", "recall"], ROOT / "tests/data/annotated_dev.jsonl"),
    "analysis.events.f1": (["eval", "analysis", "--gold", str(ROOT / "tests/data/annotated_dev.jsonl"), "--json"],
                           ["events", "f1"], ROOT / "tests/data/annotated_dev.jsonl"),
    **{f"analysis-{name}.{part}.{metric}": (
        ["eval", "analysis", "--gold", str(ROOT / f"tests/data/annotated_{name}.jsonl"), "--json"],
        [part, metric], ROOT / f"tests/data/annotated_{name}.jsonl")
       for name in ("test", "heldout", "final", "train_a", "train_b", "train_c", "train_d", "train_e", "train_f",
                    "train_g", "train_h", "train_i", "train_j", "train_k", "train_l", "train_m", "train_n",
                    "train_o", "train_p", "train_q", "train_r", "train_s", "train_t", "train_u", "train_v",
                    "train_w", "train_x", "train_y", "train_z", "train_aa", "train_ab", "train_ac", "train_ad", "train_ae", "train_af",
                    "train_ag", "train_ah", "train_ai", "train_aj", "train_ak", "train_al", "train_am", "train_an", "train_ao", "train_ap", "train_aq", "train_ar",
                    "train_as", "train_at", "train_au", "train_av", "train_aw", "train_ax", "train_ay", "train_az",
                    "train_ba", "train_bb", "train_bc", "train_bd", "train_be", "train_bf", "train_bg", "train_bh", "train_bi", "train_bj", "train_bk", "train_bl",
                    "train_bm", "train_bn", "train_bo", "train_bp", "train_bq", "train_br", "train_bs", "train_bt",
                    "train_bu", "train_bv", "train_bw", "train_bx", "train_by", "train_bz",
                    "train_ca", "train_cb", "train_cc", "train_cd", "train_ce", "train_cf",
                    "train_cg", "train_ch", "train_ci", "train_cj", "train_ck", "train_cl",
                    "train_cm", "train_cn", "train_co", "train_cp",
                    "train_cq", "train_cr", "train_cs", "train_ct", "train_cu", "train_cv",
                    "train_cw", "train_cx",
                    "blind", "blind2", "blind3",
                    "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12",
                    "blind13", "blind14", "blind15", "blind16", "blind17", "blind18",
                    "blind19", "blind20", "blind21", "blind22", "blind23", "blind24", "blind25", "blind26", "blind27",
                    "blind28", "blind29", "blind30", "blind31", "blind32", "blind33",
                    "blind34", "blind35", "blind36", "blind37", "blind38", "blind39", "blind40", "blind41", "blind42", "blind43",
                    "blind44", "blind45", "blind46", "blind47", "blind48", "blind49", "blind50", "blind51",
                    "blind52", "blind53", "blind54", "blind55", "blind56", "blind57",
                    "blind58", "blind59", "blind60", "blind61", "blind62", "blind63",
                    "blind64", "blind65", "blind66", "blind67", "blind68", "blind69", "blind70", "blind71",
                    "blind72", "blind73", "blind74", "blind75",
                    "blind76", "blind77", "blind78", "blind79", "blind80", "blind81",
                    "blind82", "blind83")
       for part, metric in (("quotes", "recall"), ("events", "f1"))},
    "search.arcd.mrr@10": (["eval", "search", "--corpus", str(SHARED / "retrieval/arcd/corpus.jsonl"),
                            "--queries", str(SHARED / "retrieval/arcd/queries.jsonl"),
                            "--qrels", str(SHARED / "retrieval/arcd/qrels.tsv"), "--json"],
                           ["mrr@10"], SHARED / "retrieval/arcd/qrels.tsv"),
}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def run_checks() -> dict[str, dict[str, object]]:
    cache: dict[tuple[str, ...], dict] = {}
    out: dict[str, dict[str, object]] = {}
    for name, (args, path, gold) in CHECKS.items():
        if not gold.exists():
            print(f"skip {name}: {gold} is absent")
            continue
        key = tuple(args)
        if key not in cache:
            res = subprocess.run(MARSAD + args, capture_output=True, text=True, cwd=ROOT)
            if res.returncode != 0:
                print(f"FAIL {name}: command failed\n{res.stderr[-2000:]}")
                cache[key] = {}
            else:
                cache[key] = json.loads(res.stdout)
        value: object = cache[key]
        for part in path:
            value = value.get(part) if isinstance(value, dict) else None
        out[name] = {"score": value, "digest": digest(gold)}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--update", action="store_true", help="write today's scores as floors where higher")
    ap.add_argument("--allow-regression", action="store_true", help="with --update, also lower floors")
    args = ap.parse_args()
    floors = json.loads(BASELINE.read_text("utf-8")) if BASELINE.exists() else {}
    now = run_checks()
    failed = False
    for name, cur in now.items():
        score, floor = cur["score"], floors.get(name, {})
        if not isinstance(score, int | float):
            print(f"FAIL {name}: no score")
            failed = True
            continue
        base = floor.get("score")
        note = ""
        if floor and floor.get("digest") != cur["digest"]:
            note = "  (gold changed since the floor was set)"
        if base is None:
            status = "new "
        elif score + EPSILON < base:
            status, failed = "FAIL", True
        else:
            status = "ok  "
        print(f"{status} {name:28s} {score:.4f}  floor {base if base is not None else '-'}{note}")
        if args.update and (base is None or score > base or args.allow_regression):
            floors[name] = cur
    if args.update:
        BASELINE.write_text(json.dumps(floors, indent=2, sort_keys=True) + "\n", "utf-8")
    return 1 if failed and not args.update else 0


if __name__ == "__main__":
    sys.exit(main())
