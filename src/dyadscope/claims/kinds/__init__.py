"""One module per kind of claim a figure can make, each a readable unit that extract.py's pipeline calls.

- not_events: figures listed but not checked (territory, means, populations) or dropped (growth rates, polls,
  vague words about people, "times" with no one fighting);
- shares: a vague share restated exactly, and a share of the count before it ("120 clashes, most of them ...");
- changes: a figure's own year ("fell to 1,000 in 2018", "the year before", "halved between 2016 and 2017, to N",
  "down from 17% in 2016");
- attributes: a share or count about a means the data does not record ("were airstrikes", "barrel bombs were used");
- absence: "zero presence", "never clashed", "ikke én eneste gang";
- elided: the count before, again in another place with its events left out (", and in Iraq about 520");
- build: which kind a figure's claim is (count, single-event toll, share, concentration, attribute share).
"""
