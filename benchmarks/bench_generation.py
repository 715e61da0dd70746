"""LLM generation speed: transformers decoders at real widths (four layers), greedy, batch 1,
through the ``iree`` export backend (``torch_iree.transformers``) beside transformers' own
``generate``: eager with its default dynamic cache, eager with a static cache, and a static
cache with ``torch.compile`` (inductor).

Measured per contender, in a process of its own (``harness.run_child``), contenders interleaved
round by round, torch at the same thread count everywhere (IREE's CPU driver runs one worker
per core): time to first token (a prompt of ``PROMPT`` tokens, generate one) and decode
tokens/s ((time for 1 + NEW tokens - time for 1) / NEW). Export, compile and torch.compile
warm-up happen before the timed calls, and are reported apart. Run on a quiet machine:

    python benchmarks/bench_generation.py            # or: nox -s bench -- generation
    python benchmarks/bench_generation.py --quick    # one small decoder, for a smoke check
    python benchmarks/bench_generation.py --from-json benchmarks/results/generation.json

Results: a table on stdout, benchmarks/results/generation.{json,txt,png}.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import sys
import time
import warnings
from pathlib import Path
from typing import Any

import harness

RESULTS = Path(__file__).parent / "results"
CONTENDERS = ("eager", "eager-static", "inductor-static", "iree")
MODELS = ("qwen2", "llama", "gpt2")  # Qwen2-0.5B, TinyLlama-1.1B and GPT-2-small widths
LAYERS = 4
PROMPT = 32
NEW = 32
CACHE = 128
THREADS = 2
ROUNDS = 3
TIMEOUT_S = 1800


# ------------------------------------------------------------------------------ child side
def _model(name: str, layers: int) -> Any:
    from torch_iree_models.transformers_suite import at_width

    case = at_width(name, "real")
    settings = {
        key: (layers if key in ("num_hidden_layers", "n_layer") else value)
        for key, value in case.settings.items()
    }
    return dataclasses.replace(case, settings=settings).module()


def _generator(contender: str, model: Any, prompt: Any) -> tuple[Any, float]:
    """A function of n (new tokens) that generates greedily, and its set-up seconds."""
    import torch
    from transformers import GenerationConfig

    started = time.perf_counter()
    static = GenerationConfig(
        cache_implementation="static", max_cache_len=CACHE, do_sample=False, eos_token_id=None
    )
    if contender == "iree":
        import torch_iree.transformers as ti

        exported = ti.IreeExporter().export_for_generation(
            model, {"input_ids": prompt}, ti.IreeConfig(), generation_config=static
        )

        def run(n: int) -> Any:
            return ti.generate(exported, prompt, max_new_tokens=n, generation_config=static)

        return run, time.perf_counter() - started
    if contender == "inductor-static":
        model.forward = torch.compile(model.forward)
    config = GenerationConfig(do_sample=False, eos_token_id=None) if contender == "eager" else static

    def run(n: int) -> Any:
        return model.generate(prompt, generation_config=config, max_new_tokens=n, min_new_tokens=n)

    return run, time.perf_counter() - started


def child(out: Path, contender: str, name: str, layers: int) -> None:
    import torch

    warnings.simplefilter("ignore")
    torch.set_num_threads(THREADS)
    torch.manual_seed(0)
    model = _model(name, layers)
    vocab = model.config.vocab_size
    prompt = torch.randint(3, vocab, (1, PROMPT), generator=torch.Generator().manual_seed(1))
    with torch.no_grad():
        run, setup_s = _generator(contender, model, prompt)
        warm = time.perf_counter()
        for _ in range(2):  # compiles (inductor) and first-call work, not timed
            run(2)
        warm_s = time.perf_counter() - warm
        first, whole, tokens = [], [], None
        for _ in range(3):
            started = time.perf_counter()
            run(1)
            first.append(time.perf_counter() - started)
            started = time.perf_counter()
            tokens = run(1 + NEW)
            whole.append(time.perf_counter() - started)
    ttft = statistics.median(first)
    decode_s = statistics.median(whole) - ttft
    params = sum(p.numel() for p in model.parameters())
    harness.write_json(
        out,
        {
            "ttft_ms": ttft * 1e3,
            "decode_tok_s": NEW / decode_s,
            "setup_s": setup_s,
            "warmup_s": warm_s,
            "params_m": params / 1e6,
            "tokens": tokens[0, PROMPT:].tolist() if tokens is not None else [],
        },
    )


# ------------------------------------------------------------------------------ parent side
def measure(models: tuple[str, ...], rounds: int, layers: int) -> dict[str, Any]:
    results: dict[str, Any] = {"models": {}, "settings": _settings(layers, rounds)}
    for name in models:
        print(f"{name}: {', '.join(CONTENDERS)} x {rounds} rounds", flush=True)

        def one(contender: str, round_: int, name: str = name) -> dict[str, Any]:
            run = harness.run_child(
                __file__, [contender, name, str(layers)], timeout_s=TIMEOUT_S, capture=True
            )
            if run.error:
                print(f"  {contender}: {run.error}", flush=True)
                return {"error": run.error}
            print(
                f"  {contender} round {round_ + 1}: first token {run.result['ttft_ms']:.0f} ms, "
                f"decode {run.result['decode_tok_s']:.1f} tok/s",
                flush=True,
            )
            return run.result

        runs = harness.interleaved_rounds(CONTENDERS, rounds, one)
        results["models"][name] = {contender: _summary(samples) for contender, samples in runs.items()}
    return results


def _settings(layers: int, rounds: int) -> dict[str, Any]:
    import platform

    import torch

    return {
        "layers": layers, "prompt": PROMPT, "new_tokens": NEW, "cache": CACHE, "threads": THREADS,
        "rounds": rounds, "torch": torch.__version__, "machine": platform.processor() or platform.machine(),
    }  # fmt: skip


def _summary(samples: list[dict[str, Any]]) -> dict[str, Any]:
    good = [s for s in samples if "error" not in s]
    if not good:
        return {"error": samples[0].get("error", "no run")}
    return {
        "ttft_ms": statistics.median(s["ttft_ms"] for s in good),
        "decode_tok_s": statistics.median(s["decode_tok_s"] for s in good),
        "setup_s": statistics.median(s["setup_s"] for s in good),
        "params_m": good[0]["params_m"],
        "tokens": good[0]["tokens"],
        "rounds": len(good),
    }


def report(results: dict[str, Any]) -> str:
    columns = [
        harness.Column("model", 8, left=True),
        harness.Column("params M", 8),
        harness.Column("contender", 16, left=True),
        harness.Column("first token ms", 14),
        harness.Column("decode tok/s", 12),
        harness.Column("iree / it", 9, ".2f"),
        harness.Column("setup s", 8),
        harness.Column("tokens", 7, left=True),
    ]
    lines = [harness.table_header(columns)]
    for name, by_contender in results["models"].items():
        ours = by_contender.get("iree", {})
        for contender, row in by_contender.items():
            if "error" in row:
                lines.append(f"{name:8} {contender}: {row['error']}")
                continue
            ratio = (
                ours.get("decode_tok_s", float("nan")) / row["decode_tok_s"] if contender != "iree" else None
            )
            same = "same" if row["tokens"] == ours.get("tokens") else "differ"
            values = [
                name,
                row["params_m"],
                contender,
                row["ttft_ms"],
                row["decode_tok_s"],
                ratio,
                row["setup_s"],
                same,
            ]
            lines.append(harness.table_row(columns, values))
    settings = results["settings"]
    lines.append(
        f"\n{settings['layers']} layers at real widths, batch 1, {settings['prompt']}-token prompt, "
        f"{settings['new_tokens']} new tokens, static caches of {settings['cache']}, torch threads "
        f"{settings['threads']}, median of {settings['rounds']} rounds (each contender in its own process); "
        "'iree / it': torch-iree's decode tokens/s over that contender's; 'tokens': the greedy tokens "
        "against torch-iree's."
    )
    return "\n".join(lines)


def plot(results: dict[str, Any], path: Path) -> Path:
    fig, axes = harness.figure(1, 2, size=(11, 4))
    names = list(results["models"])
    for axis, key, title in zip(
        axes[0],
        ("decode_tok_s", "ttft_ms"),
        ("decode tokens/s (higher is better)", "first token ms (lower is better)"),
        strict=True,
    ):
        series = {
            contender: [results["models"][n].get(contender, {}).get(key, 0.0) for n in names]
            for contender in CONTENDERS
        }
        harness.grouped_bars(axis, names, series, 0.2)
        axis.set_title(title)
    axes[0][0].legend(fontsize=8)
    return harness.save_figure(fig, path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--child", nargs=3, metavar=("CONTENDER", "MODEL", "LAYERS"))
    parser.add_argument("--quick", action="store_true", help="one small decoder, one round (a smoke check)")
    parser.add_argument("--from-json", type=Path, help="report a saved result again")
    parser.add_argument(
        "--out-dir", type=Path, help="where results go (default: benchmarks/results; --quick: none)"
    )
    args = parser.parse_args()
    if args.child:
        contender, name, layers = args.child
        child(args.out, contender, name, int(layers))
        return
    if args.from_json:
        results = json.loads(args.from_json.read_text())
    elif args.quick:
        results = measure(("gpt2",), 1, 1)
    else:
        results = measure(MODELS, ROUNDS, LAYERS)
    text = report(results)
    print(text)
    out_dir = args.out_dir or (None if args.quick or args.from_json else RESULTS)
    if out_dir is not None:
        harness.save_results(out_dir, "generation", text, results)
        plot(results, out_dir / "generation.png")


if __name__ == "__main__":
    sys.exit(main())
