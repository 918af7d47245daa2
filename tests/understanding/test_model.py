"""The learned kind model: stored safely, read without scikit-learn, the same as scikit-learn reads it,
deterministic, and gated before the bot answers by itself."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import numpy as np
import pytest

from bot.config import ConfigError, UnderstandingSettings, load_settings
from bot.learning.corpus import Example
from bot.learning.train import choose_threshold, pipeline, train
from bot.understand.features import char_features, model_text, word_features
from bot.understand.gate import decide_gate
from bot.understand.kind_model import KindModel, ModelFormatError
from bot.understand.prediction import Candidate, Prediction

NOW = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)
EXAMPLES = [
    Example("t/1", "Migration", "Nous voulons migrer vers la version 4 au printemps.", "migration"),
    Example("t/2", "Passage en v4", "Pouvez-vous passer notre plateforme en version 4 ?", "migration"),
    Example("t/3", "Upgrade", "We would like to upgrade our platform to version 4.", "migration"),
    Example("t/4", "Bug export", "L'export comptable ne fonctionne plus, erreur 500.", "support"),
    Example("t/5", "Erreur", "La page des réservations affiche une erreur depuis hier.", "support"),
    Example("t/6", "Problem", "The booking page shows an error since yesterday.", "support"),
    Example("t/7", "Heures", "Combien d'heures de bonus nous reste-t-il cette année ?", "hours_statement"),
    Example("t/8", "Bonus hours", "How many bonus hours do we have left this year?", "hours_statement"),
    Example("t/9", "Solde", "Pouvez-vous nous envoyer le relevé de nos heures ?", "hours_statement"),
]


@pytest.fixture(scope="module")
def trained() -> KindModel:
    return KindModel.from_bytes(train(EXAMPLES, 0, NOW).blob)


def test_addresses_urls_and_digits_are_masked_before_features() -> None:
    text = model_text("Demande", "Écrivez à jean@club.test ou voyez https://x.example/test 06 12 34 56 78")
    assert "club.test" not in text and "https" not in text and "zzemail" in text and "zzurl" in text
    assert "00 00 00 00 00" in text and "ecrivez" in text  # digits masked, accents folded
    assert "jean" not in " ".join(word_features(text))
    assert " ec" in char_features("ecrivez") and "ivez " in char_features("ecrivez")


def test_the_stored_model_reads_mail_as_scikit_learn_does(trained: KindModel) -> None:
    texts = [model_text(e.subject, e.text) for e in EXAMPLES]
    fitted = pipeline().fit(texts, [e.kind for e in EXAMPLES])
    probe = ("Version 4", "Quand pourrons-nous migrer ? Nous avons une erreur sur l'export aussi.")
    expected = dict(zip(fitted.classes_, fitted.predict_proba([model_text(*probe)])[0], strict=True))
    got = trained.probabilities(*probe)
    assert set(got) == set(expected)
    for kind, p in expected.items():
        assert got[kind] == pytest.approx(p, abs=1e-4)
    assert max(got, key=got.__getitem__) == "migration"


def test_training_is_deterministic_and_names_its_data() -> None:
    first, second = train(EXAMPLES, 0, NOW), train(list(reversed(EXAMPLES)), 0, NOW)
    assert first.blob == second.blob and first.data_hash == second.data_hash
    assert first.model.endswith(first.data_hash[:8])
    meta = KindModel.from_bytes(first.blob).meta
    assert meta["data_hash"] == first.data_hash and meta["examples"] == len(EXAMPLES)


def test_a_file_holding_pickled_objects_is_refused(trained: KindModel) -> None:
    out = io.BytesIO()
    np.savez(out, meta=np.array([{"model": "x"}], dtype=object), classes=np.array(["a"]))
    with pytest.raises(ModelFormatError):
        KindModel.from_bytes(out.getvalue())
    with pytest.raises(ModelFormatError):
        KindModel.from_bytes(b"not a zip")
    broken = io.BytesIO()
    with zipfile.ZipFile(broken, "w") as z:
        z.writestr("meta.npy", b"junk")
    with pytest.raises(ModelFormatError):
        KindModel.from_bytes(broken.getvalue())


def test_the_packaged_model_works_on_a_fresh_install() -> None:
    model = KindModel.packaged()
    probs = model.probabilities("Migration", "Nous souhaitons passer en version 4 à partir du 15 mars.")
    assert max(probs, key=probs.__getitem__) == "migration"
    assert 0.5 <= model.threshold <= 0.95


def test_threshold_lets_through_at_most_one_percent_wrong() -> None:
    p = [0.99] * 99 + [0.97, 0.6, 0.55]
    right = [True] * 99 + [False, False, True]
    assert choose_threshold(p, right) == 0.61


def _prediction(kind: str, p: float, rules: str, second: tuple[str, float] = ("support", 0.0)) -> Prediction:
    ranked = (Candidate(kind, p), Candidate(second[0], second[1]))  # type: ignore[arg-type]
    return Prediction(kind, p, ranked, rules, 0.9, "m", 0.7)  # type: ignore[arg-type]


def test_the_gate_answers_alone_only_when_safe() -> None:
    agree = UnderstandingSettings()
    assert decide_gate(_prediction("support", 0.9, "support"), True, agree).auto_answer
    assert not decide_gate(_prediction("support", 0.9, "support"), False, agree).auto_answer  # unknown
    assert not decide_gate(_prediction("support", 0.6, "support"), True, agree).auto_answer  # below
    disagree = decide_gate(_prediction("support", 0.95, "migration"), True, agree)
    assert not disagree.auto_answer and "the rules read migration" in disagree.reasons[-1]
    assert decide_gate(
        _prediction("support", 0.95, "migration"), True, UnderstandingSettings("model")
    ).auto_answer
    assert not decide_gate(
        _prediction("support", 0.99, "support"), True, UnderstandingSettings("never")
    ).auto_answer
    # a kind that closes the request or spends a yearly right needs more than the model's threshold
    assert not decide_gate(_prediction("hours_statement", 0.75, "hours_statement"), True, agree).auto_answer
    assert decide_gate(_prediction("hours_statement", 0.85, "hours_statement"), True, agree).auto_answer
    custom = UnderstandingSettings(thresholds={"hours_statement": 0.7})
    assert decide_gate(_prediction("hours_statement", 0.75, "hours_statement"), True, custom).auto_answer
    assert not decide_gate(_prediction("other", 0.99, "other"), True, agree).auto_answer
    two = decide_gate(
        _prediction("hours_statement", 0.7, "hours_statement", ("dev_quote", 0.25)), True, agree
    )
    assert two.second_ask == "dev_quote"


def test_understanding_settings_from_file_and_environment(tmp_path: pytest.TempPathFactory) -> None:
    config = tmp_path / "ofbot.toml"  # type: ignore[operator]
    config.write_text(
        '[understanding]\nauto_answer = "model"\nthreshold = 0.8\n[understanding.thresholds]\nrenewal = 0.9\n'
    )
    settings = load_settings(path=config, env={"OFBOT_UNDERSTANDING_THRESHOLDS_SUPPORT": "0,75"})
    u = settings.understanding
    assert (u.auto_answer, u.threshold, u.thresholds) == ("model", 0.8, {"renewal": 0.9, "support": 0.75})
    assert u.threshold_for("migration", 0.6) == 0.8 and u.threshold_for("renewal", 0.6) == 0.9
    assert load_settings(env={}).understanding == UnderstandingSettings()
    for bad in ('auto_answer = "always"', "threshold = 2", "[understanding.thresholds]\nnope = 0.5"):
        config.write_text(f"[understanding]\n{bad}\n")
        with pytest.raises(ConfigError, match="understanding"):
            load_settings(path=config, env={})


def test_a_kind_the_model_often_confuses_needs_more_certainty() -> None:
    from bot.learning.train import per_kind_thresholds

    predicted = ["renewal"] * 50 + ["support"] * 50
    p = [0.9] * 48 + [0.85, 0.8] + [0.9] * 50
    right = [True] * 48 + [False, True] + [True] * 50
    assert per_kind_thresholds(predicted, p, right, 0.6) == {"renewal": 0.86, "support": 0.6}
    prediction = Prediction(
        "renewal", 0.85, (Candidate("renewal", 0.85),), "renewal", 0.9, "m", 0.6, (), 0.86
    )
    assert not decide_gate(prediction, True, UnderstandingSettings()).auto_answer


def test_a_renewal_that_also_asks_something_else_goes_to_staff() -> None:
    from bot.understand.classify import classify
    from bot.understand.reader import predict

    def renewal(cues: tuple[str, ...]) -> Prediction:
        ranked = (Candidate("renewal", 0.97), Candidate("migration", 0.02))
        return Prediction("renewal", 0.97, ranked, "renewal", 0.9, "m", 0.6, (), 0.8, cues)  # type: ignore[arg-type]

    agree = UnderstandingSettings()
    assert decide_gate(renewal(("renewal",)), True, agree).auto_answer
    # a renewal names its aircraft: a resource cue alone does not stop it
    assert decide_gate(renewal(("renewal", "resource_change")), True, agree).auto_answer
    for other in ("migration", "contact_update", "other"):
        gate = decide_gate(renewal(("renewal", other)), True, agree)
        assert not gate.auto_answer and other in gate.reasons[-1]
    # the rules' cues travel with the prediction
    text = "Pour le renouvellement, merci de changer l'adresse de contact : la trésorière est maintenant Mme Caron."
    rules = classify("Renouvellement", text)
    assert "contact_update" in predict("Renouvellement", text, rules, None).rules_cues
