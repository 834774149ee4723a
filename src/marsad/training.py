"""`marsad train KIND ...`: each kind is a module with add_arguments(p) and main(args) -> int."""

from __future__ import annotations

import argparse

from marsad.cli import add_kind_commands

KINDS = {
    "ner": ("marsad.entities.ner.train", "train the NER model on ANERcorp train.txt"),
    "ner-neural": ("marsad.entities.ner.neural_train", "train the numpy BiLSTM-CRF NER model (needs the train extra)"),
    "ner-lm": ("marsad.entities.ner.lm_train", "word LSTM language models for `ner-neural --lm` (train extra)"),
    "event-filter": ("marsad.events.filter_train", "train the actual-event filter for event sentences"),
}


def register(sub: argparse._SubParsersAction) -> None:
    add_kind_commands(sub, "train", "train a model shipped with marsad", KINDS)
