"""Writes src/frameworks/data/eu-ai-act.v2.json: the authoring source of the EU AI Act pack, version 2
(run: python3 scripts/packs/generate-eu-ai-act-v2.py src/frameworks/data/eu-ai-act.v2.json).
Version 2 is version 1 with one change: the questions for the fundamental rights impact assessment
(section "eu-fria": the process, period, oversight, measures and complaints) are asked after the
Toolkit's risks, which they build on, instead of right after the system profile (`askLast`). It is
made from version 1's source, so the two cannot drift apart anywhere else; once released, the JSON
file is never edited in place (a change is a new version)."""
import importlib.util
import pathlib
import sys

source = pathlib.Path(__file__).with_name("generate-eu-ai-act-v1.py")
spec = importlib.util.spec_from_file_location("eu_ai_act_v1", source)
v1 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(v1)

pack = {}
for key, value in v1.pack.items():
    pack[key] = "2" if key == "version" else value
    if key == "sections":
        pack["askLast"] = ["eu-fria"]

if __name__ == "__main__":
    v1.write(pack, sys.argv[1])
