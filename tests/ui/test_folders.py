"""Each kind of file dialog opens where the user last left it (issue 31); a kind not used
yet opens beside the plan."""

from __future__ import annotations

from pathlib import Path

from ui.prefs.folders import ask_open_file, ask_save_file, remember_plan_folder


def test_each_dialog_kind_remembers_its_folder(qapp, tmp_path: Path, monkeypatch) -> None:
    plans, exports, sales = tmp_path / "plans", tmp_path / "exports", tmp_path / "kasse"
    for folder in (plans, exports, sales):
        folder.mkdir()
    remember_plan_folder(plans)
    opened_in: list[str] = []

    def fake_open(_parent, _title, folder, _filters):
        opened_in.append(folder)
        return str(sales / "januar.csv"), ""

    def fake_save(_parent, _title, suggested, _filters):
        opened_in.append(str(Path(suggested).parent))
        return str(exports / "liste.xlsx"), ""

    monkeypatch.setattr("ui.prefs.folders.QFileDialog.getOpenFileName", fake_open)
    monkeypatch.setattr("ui.prefs.folders.QFileDialog.getSaveFileName", fake_save)
    assert ask_open_file(None, "sales_data", "t", "*") == sales / "januar.csv"
    assert ask_save_file(None, "customer_list", "t", "liste.xlsx", "*") == exports / "liste.xlsx"
    assert ask_open_file(None, "sales_data", "t", "*") is not None
    assert ask_save_file(None, "customer_list", "t", "liste.xlsx", "*") is not None
    assert ask_open_file(None, "survey", "t", "*") is not None
    # first use beside the plan; then where each kind was left; a new kind beside the plan
    assert opened_in == [str(plans), str(plans), str(sales), str(exports), str(plans)]
