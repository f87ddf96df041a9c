"""The deployment workflow builds strictly and uses only actions pinned to full commit SHAs."""

from __future__ import annotations

import re

import yaml

from tests.conftest import PROJECT_DIR

WORKFLOW = PROJECT_DIR / ".github" / "workflows" / "deploy.yml"


def test_every_action_is_pinned_to_a_commit() -> None:
    uses = re.findall(r"uses:\s*(\S+)", WORKFLOW.read_text(encoding="utf-8"))
    assert uses and all(re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", use) for use in uses), uses


def test_it_builds_strictly_and_deploys_the_artifact() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    runs = [step.get("run", "") for step in workflow["jobs"]["build"]["steps"]]
    assert "make bundle" in runs and "make build" in runs
    assert workflow["jobs"]["deploy"]["needs"] == "build"
    assert workflow["permissions"] == {"contents": "read"}


def test_the_tests_pass_before_anything_is_built_for_publishing() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    runs = [step.get("run", "") for step in workflow["jobs"]["build"]["steps"]]
    tests = next(i for i, run in enumerate(runs) if run.endswith("make test"))
    assert tests < runs.index("make bundle") < runs.index("make build")


def test_dependency_updates_cover_pip_npm_and_actions() -> None:
    config = yaml.safe_load((PROJECT_DIR / ".github" / "dependabot.yml").read_text(encoding="utf-8"))
    assert {update["package-ecosystem"] for update in config["updates"]} == {"pip", "npm", "github-actions"}
