#!/usr/bin/env python3
"""Generates resources/demo/demo-experiments.json, the bundle behind File > Open Demo Collection.

How to regenerate (from the repository root; Python 3.8+, standard library only):

    python3 resources/demo/generate_demo.py            # rewrites demo-experiments.json next to this script
    python3 resources/demo/generate_demo.py --check    # exit status 1 when the committed file is stale

Commit the script and the JSON together. The output is deterministic: a fixed seed drives every
choice and every uuid is a name-based (v5) uuid, so the same script always writes the same bytes.

Every value is INVENTED: accessions, uuids, labs, people, grants, papers, PMIDs, DOIs, GEO series and
numbers. Nothing is copied from the real ENCODE Portal. To keep invented identifiers from pointing at
real records, PMIDs start at 99,100,000 (far beyond those PubMed has assigned), DOIs use the 10.5555
prefix that Crossref reserves for examples, and GEO series are GSE99xxxxx. Ontology term ids
(EFO/UBERON/CL/NCBITaxon/OBI), quality-metric key names and software names are public vocabulary.

Shape of the bundle (the app's DemoCollection reads it):

    {"portal": "https://www.encodeproject.org",
     "experiments": [ page-frame Experiment objects, shaped as in the shared ENCODE-PORTAL.md guide ],
     "linked": { "<@id>": object }   # what experiments name only by "@id": pipelines (page frame,
                                     # with their software), some publications, analyses and metrics
     "notes": { "ENCSR...": "the user's notes" }}

Each experiment is kept compact (one or two replicates, up to four files, metrics on most of them) so
that the bundle of 300 stays at about 1.5 MB; it is written one experiment per line so that a
regenerated file diffs readably. Any change to the order of the random draws changes every value
after it: regenerate, run tst_democollection, and commit the new JSON.
"""

import argparse
import json
import random
import sys
import uuid
from pathlib import Path

SEED = 20240611
EXPERIMENT_COUNT = 300
PORTAL = "https://www.encodeproject.org"
OUTPUT = Path(__file__).resolve().with_name("demo-experiments.json")

# Name-based uuids: the same name always gives the same uuid.
NAMESPACE = uuid.UUID("0f6c1d3e-8a52-4b7e-9d41-6e2b7c9a5d10")


def uid(*parts):
    return str(uuid.uuid5(NAMESPACE, "/".join(str(p) for p in parts)))


rng = random.Random(SEED)

# ---------------------------------------------------------------------------------------------------
# Vocabulary: organisms, labs, awards
# ---------------------------------------------------------------------------------------------------

ORGANISMS = {
    "human": {"@id": "/organisms/human/", "name": "human", "scientific_name": "Homo sapiens"},
    "mouse": {"@id": "/organisms/mouse/", "name": "mouse", "scientific_name": "Mus musculus"},
    "fly": {"@id": "/organisms/dmelanogaster/", "name": "dmelanogaster",
            "scientific_name": "Drosophila melanogaster"},
    "worm": {"@id": "/organisms/celegans/", "name": "celegans",
             "scientific_name": "Caenorhabditis elegans"},
}
TARGET_SUFFIX = {"human": "human", "mouse": "mouse", "fly": "dmelanogaster", "worm": "celegans"}

# name: title ("First Last, Institute", as the Portal writes lab titles)
LABS = {
    "helena-marsh": "Helena Marsh, Coastal Genome Institute",
    "rafael-quintero": "Rafael Quintero, Lakeside University",
    "ingrid-solberg": "Ingrid Solberg, Nordvik Medical School",
    "kwame-asante": "Kwame Asante, Meridian Institute of Technology",
    "priya-raman": "Priya Raman, Bayview Cancer Center",
    "tobias-lindgren": "Tobias Lindgren, Alder College of Medicine",
    "naomi-castell": "Naomi Castell, Redwood Genomics Center",
    "jun-takeda": "Jun Takeda, Eastbridge University",
    "lucia-ferraro": "Lucia Ferraro, Institute for Regulatory Biology",
    "samuel-okoro": "Samuel Okoro, Highland Biomedical Research",
    "marta-vidal": "Marta Vidal, Riverside Institute of Developmental Biology",
    "owen-prescott": "Owen Prescott, Greenfield University",
}
PIPELINE_LAB = "/labs/encode-processing-pipeline/"

# name: (project, rfa, title, first year, last year)
AWARDS = {
    "U54HG910101": ("ENCODE", "ENCODE2", "GENOME-WIDE MAPPING OF CHROMATIN STATE IN HUMAN CELLS (DEMO)", 2010, 2012),
    "U54HG920202": ("ENCODE", "ENCODE3", "COMPREHENSIVE MAPPING OF REGULATORY ELEMENTS (DEMO)", 2013, 2017),
    "UM1HG930303": ("ENCODE", "ENCODE4", "FUNCTIONAL ELEMENT MAPPING IN PRIMARY TISSUES (DEMO)", 2018, 2024),
    "UM1HG930404": ("ENCODE", "ENCODE4", "RNA-PROTEIN INTERACTION MAPS OF THE HUMAN GENOME (DEMO)", 2018, 2024),
    "U01HG940505": ("ENCODE", "ENCODE2-Mouse", "REGULATORY LANDSCAPE OF THE MOUSE GENOME (DEMO)", 2011, 2012),
    "U41HG950606": ("modERN", "modERN", "TRANSCRIPTION FACTOR BINDING IN MODEL ORGANISMS (DEMO)", 2014, 2020),
    "U01HG960707": ("Roadmap", "Roadmap", "EPIGENOMES OF HUMAN TISSUES (DEMO)", 2013, 2015),
    "R01HG970808": ("community", "community", "CHROMATIN PROFILING WITH LOW INPUT (DEMO)", 2019, 2023),
    "U01HG980909": ("modENCODE", "modENCODE", "TRANSCRIPTOMES OF DEVELOPMENTAL STAGES (DEMO)", 2010, 2012),
}

# ---------------------------------------------------------------------------------------------------
# Biosamples
# ---------------------------------------------------------------------------------------------------


def biosample_type(term, term_id, classification, organ_slims, **extra):
    return dict(term=term, term_id=term_id, classification=classification, organ_slims=organ_slims, **extra)


# Cell lines carry their donor's facts; tissues and primary cells take one of DONORS per experiment.
HUMAN_CELL_LINES = [
    biosample_type("K562", "EFO:0002067", "cell line", ["bone marrow", "blood"], stage=("adult", "53 years", "female")),
    biosample_type("HepG2", "EFO:0001187", "cell line", ["liver", "epithelium"], stage=("child", "15 years", "male")),
    biosample_type("GM12878", "EFO:0002784", "cell line", ["blood", "bodily fluid"],
                   stage=("adult", "30 years", "female")),
    biosample_type("MCF-7", "EFO:0001203", "cell line", ["breast", "epithelium"], stage=("adult", "69 years", "female")),
    biosample_type("A549", "EFO:0001086", "cell line", ["lung", "epithelium"], stage=("adult", "58 years", "male")),
    biosample_type("HEK293", "EFO:0001182", "cell line", ["kidney", "epithelium"],
                   stage=("embryonic", "unknown", "female")),
    biosample_type("SK-N-SH", "EFO:0003072", "cell line", ["brain"], stage=("child", "4 years", "female")),
    biosample_type("HCT116", "EFO:0002824", "cell line", ["colon", "intestine", "large intestine", "epithelium"],
                   stage=("adult", "48 years", "male")),
    biosample_type("IMR-90", "EFO:0001196", "cell line", ["lung"], stage=("fetal", "16 weeks", "female")),
    biosample_type("H1", "EFO:0003042", "cell line", [], stage=("embryonic", "5 days", "male")),
]
HUMAN_TISSUES = [
    biosample_type("liver", "UBERON:0002107", "tissue", ["liver"]),
    biosample_type("pancreas", "UBERON:0001264", "tissue", ["pancreas", "endocrine gland", "exocrine gland"]),
    biosample_type("heart left ventricle", "UBERON:0002084", "tissue", ["heart"]),
    biosample_type("stomach", "UBERON:0000945", "tissue", ["stomach"]),
    biosample_type("adrenal gland", "UBERON:0002369", "tissue", ["adrenal gland", "endocrine gland"]),
    biosample_type("spleen", "UBERON:0002106", "tissue", ["spleen"]),
    biosample_type("transverse colon", "UBERON:0001157", "tissue", ["colon", "intestine", "large intestine"]),
    biosample_type("thyroid gland", "UBERON:0002046", "tissue", ["thyroid gland", "endocrine gland"]),
    biosample_type("upper lobe of left lung", "UBERON:0008952", "tissue", ["lung"]),
    biosample_type("gastrocnemius medialis", "UBERON:0011907", "tissue", ["musculature"]),
    biosample_type("lower leg skin", "UBERON:0004264", "tissue", ["skin"]),
    biosample_type("tibial nerve", "UBERON:0001323", "tissue", ["nerve"]),
]
HUMAN_PRIMARY_CELLS = [
    biosample_type("CD14-positive monocyte", "CL:0001054", "primary cell", ["blood", "bodily fluid"]),
    biosample_type("keratinocyte", "CL:0000312", "primary cell", ["skin"]),
    biosample_type("fibroblast of lung", "CL:0002553", "primary cell", ["lung", "connective tissue"]),
    biosample_type("naive thymus-derived CD4-positive, alpha-beta T cell", "CL:0000895", "primary cell",
                   ["blood", "bodily fluid"]),
]
HUMAN_DIFFERENTIATED = [
    biosample_type("hepatocyte", "CL:0000182", "in vitro differentiated cells", ["liver"], origin="H9"),
    biosample_type("neural progenitor cell", "CL:0011020", "in vitro differentiated cells", ["brain"], origin="H9"),
    biosample_type("cardiac muscle cell", "CL:0000746", "in vitro differentiated cells", ["heart"], origin="RUES2"),
]
# life stage, age, sex (the order of a cell line's "stage")
DONORS = [
    ("adult", "37 years", "male"), ("adult", "51 years", "female"), ("adult", "54 years", "male"),
    ("adult", "53 years", "female"), ("adult", "61 years", "male"), ("adult", "41 years", "female"),
    ("child", "3 years", "male"), ("child", "11 years", "female"), ("fetal", "20 weeks", "female"),
    ("fetal", "22 weeks", "male"), ("newborn", "2 days", "female"),
]
MOUSE_TISSUES = [
    biosample_type("liver", "UBERON:0002107", "tissue", ["liver"]),
    biosample_type("forebrain", "UBERON:0001890", "tissue", ["brain"]),
    biosample_type("hindbrain", "UBERON:0002028", "tissue", ["brain"]),
    biosample_type("heart", "UBERON:0000948", "tissue", ["heart"]),
    biosample_type("kidney", "UBERON:0002113", "tissue", ["kidney"]),
    biosample_type("limb", "UBERON:0002101", "tissue", ["limb"]),
    biosample_type("embryonic facial prominence", "UBERON:0004128", "tissue", []),
]
MOUSE_STAGES = [("embryonic", "11.5 days"), ("embryonic", "13.5 days"), ("embryonic", "16.5 days"),
                ("postnatal", "0 days"), ("adult", "8 weeks"), ("adult", "10 weeks")]
FLY = biosample_type("Drosophila melanogaster", "NCBITaxon:7227", "whole organisms", [])
FLY_STAGES = [("embryonic", "4-8 hours"), ("embryonic", "12-16 hours"), ("third instar larva", "unknown"),
              ("adult", "5 days")]
WORM = biosample_type("Caenorhabditis elegans", "NCBITaxon:6239", "whole organisms", [])
WORM_STAGES = [("L1 larva", "unknown"), ("L4 larva", "unknown"), ("young adult", "unknown"),
               ("mixed stage (embryonic)", "unknown")]

# ---------------------------------------------------------------------------------------------------
# Targets
# ---------------------------------------------------------------------------------------------------

TF_HUMAN = ["CTCF", "POLR2A", "REST", "YY1", "MAX", "JUND", "EP300", "RAD21", "FOXA1", "GATA1", "CEBPB", "NRF1",
            "ZNF143", "SP1", "TAF1", "ELF1", "HNF4A", "NFE2", "MYC", "SMC3"]
TF_MOUSE = ["CTCF", "POLR2A", "RAD21", "MAX", "JUND", "EP300"]
TF_FLY = ["eGFP-Kr", "eGFP-hb", "eGFP-ftz", "eGFP-cad", "eGFP-gt"]
TF_WORM = ["eGFP-pha-4", "eGFP-elt-2", "eGFP-daf-16", "eGFP-hlh-1"]
HISTONE = ["H3K27ac", "H3K4me3", "H3K4me1", "H3K36me3", "H3K27me3", "H3K9me3", "H3K9ac", "H3K4me2", "H4K20me1",
           "H3K79me2"]
BROAD_MARKS = {"H3K27me3", "H3K36me3", "H3K9me3", "H3K4me1", "H3K79me2", "H4K20me1"}
RBPS = ["RBFOX2", "PTBP1", "HNRNPC", "U2AF2", "TARDBP", "QKI", "IGF2BP1", "SRSF1", "ELAVL1", "LIN28B"]
CUT_AND_RUN = ["H3K27me3", "H3K4me3", "CTCF", "H3K27ac"]


def target_object(label, organism):
    name = "%s-%s" % (label, TARGET_SUFFIX[organism])
    if label in HISTONE:
        investigated = ["histone", "broad histone mark" if label in BROAD_MARKS else "narrow histone mark"]
    elif label in RBPS:
        investigated = ["RNA binding protein"]
    elif label == "CTCF":
        investigated = ["cohesin", "transcription factor"]
    elif label.startswith("eGFP-"):
        investigated = ["transcription factor", "recombinant protein"]
    else:
        investigated = ["transcription factor"]
    target = {
        "@id": "/targets/%s/" % name,
        "@type": ["Target", "Item"],
        "label": label,
        "name": name,
        "title": "%s (%s)" % (label, ORGANISMS[organism]["scientific_name"]),
        "investigated_as": investigated,
    }
    if label not in HISTONE:
        target["genes"] = [{"symbol": label[5:] if label.startswith("eGFP-") else label}]
    return target


# ---------------------------------------------------------------------------------------------------
# Pipelines (page frame, in "linked": only their analysis steps list the software)
# ---------------------------------------------------------------------------------------------------

# key: (accession, title, integer version, assay term names, lab, steps, analysis semver)
# step: (step label, title, step types, [(software name, title, version)])
PIPELINES = {
    "tf": ("ENCPL901TFC", "TF ChIP-seq pipeline", 2, ["ChIP-seq"], PIPELINE_LAB, [
        ("tf-chip-align", "TF ChIP-seq read alignment", ["alignment"],
         [("bwa", "BWA", "0.7.17"), ("samtools", "SAMtools", "1.10")]),
        ("tf-chip-filter", "TF ChIP-seq alignment filtering", ["filtering", "file format conversion"],
         [("samtools", "SAMtools", "1.10"), ("picard", "Picard", "2.25.2"), ("bedtools", "BEDTools", "2.29.2")]),
        ("tf-chip-peaks", "TF ChIP-seq peak calling", ["peak calling"],
         [("spp", "SPP", "1.15.5"), ("macs2", "MACS2", "2.2.7.1")]),
        ("tf-chip-idr", "TF ChIP-seq IDR thresholding", ["IDR"], [("idr", "IDR", "2.0.4.2")]),
    ], "2.2.1"),
    "tf-legacy": ("ENCPL902TFL", "TF ChIP-seq pipeline (ENCODE3)", 1, ["ChIP-seq"], PIPELINE_LAB, [
        ("tf-chip-align-e3", "TF ChIP-seq read alignment (ENCODE3)", ["alignment"],
         [("bwa", "BWA", "0.7.10"), ("samtools", "SAMtools", "0.1.19")]),
        ("tf-chip-peaks-e3", "TF ChIP-seq SPP peaks and IDR (ENCODE3)", ["peak calling", "IDR"],
         [("spp", "SPP", "1.14"), ("idr", "IDR", "2.0.2")]),
    ], "1.3.6"),
    "histone": ("ENCPL903HIS", "Histone ChIP-seq pipeline", 2, ["ChIP-seq"], PIPELINE_LAB, [
        ("histone-align", "Histone ChIP-seq read alignment", ["alignment", "filtering"],
         [("bwa", "BWA", "0.7.17"), ("samtools", "SAMtools", "1.10"), ("picard", "Picard", "2.25.2")]),
        ("histone-peaks", "Histone ChIP-seq peak calling and overlap", ["peak calling"],
         [("macs2", "MACS2", "2.2.7.1"), ("bedtools", "BEDTools", "2.29.2")]),
        ("histone-signal", "Histone ChIP-seq signal generation", ["signal generation"],
         [("macs2", "MACS2", "2.2.7.1"), ("ucsc-tools", "UCSC tools", "385")]),
    ], "2.2.1"),
    "rna": ("ENCPL904RNA", "Bulk RNA-seq pipeline", 3, ["RNA-seq", "polyA plus RNA-seq"], PIPELINE_LAB, [
        ("rna-align", "Bulk RNA-seq STAR alignment", ["alignment"],
         [("star", "STAR", "2.7.10a")]),
        ("rna-quant", "Bulk RNA-seq RSEM quantification", ["quantification"],
         [("rsem", "RSEM", "1.3.3")]),
        ("rna-signal", "Bulk RNA-seq signal generation", ["signal generation"],
         [("star", "STAR", "2.7.10a"), ("ucsc-tools", "UCSC tools", "385")]),
    ], "1.2.4"),
    "rna-legacy": ("ENCPL905RNL", "RNA-seq pipeline (ENCODE2)", 1, ["RNA-seq"], PIPELINE_LAB, [
        ("rna-tophat", "RNA-seq TopHat alignment", ["alignment"],
         [("tophat", "TopHat", "2.0.8"), ("bowtie2", "Bowtie2", "2.1.0")]),
        ("rna-cufflinks", "RNA-seq Cufflinks quantification", ["quantification"],
         [("cufflinks", "Cufflinks", "2.0.2")]),
    ], "1.0.0"),
    "atac": ("ENCPL906ATC", "ATAC-seq pipeline", 2, ["ATAC-seq"], PIPELINE_LAB, [
        ("atac-align", "ATAC-seq read alignment and filtering", ["alignment", "filtering"],
         [("bowtie2", "Bowtie2", "2.3.4.3"), ("samtools", "SAMtools", "1.9"), ("picard", "Picard", "2.20.7")]),
        ("atac-peaks", "ATAC-seq peak calling and IDR", ["peak calling", "IDR"],
         [("macs2", "MACS2", "2.2.4"), ("idr", "IDR", "2.0.4.2")]),
    ], "2.1.3"),
    "dnase": ("ENCPL907DNS", "DNase-seq pipeline", 3, ["DNase-seq"], PIPELINE_LAB, [
        ("dnase-align", "DNase-seq read alignment", ["alignment", "filtering"],
         [("bwa", "BWA", "0.7.17"), ("samtools", "SAMtools", "1.9")]),
        ("dnase-hotspots", "DNase-seq hotspot and peak calling", ["peak calling"],
         [("hotspot2", "hotspot2", "2.1.1"), ("bedops", "BEDOPS", "2.4.39")]),
    ], "3.0.1"),
    "wgbs": ("ENCPL908WGB", "WGBS pipeline", 2, ["whole-genome shotgun bisulfite sequencing"], PIPELINE_LAB, [
        ("wgbs-align", "WGBS bisulfite alignment", ["alignment"],
         [("gembs", "gemBS", "3.5.5"), ("samtools", "SAMtools", "1.9")]),
        ("wgbs-methylation", "WGBS methylation calling", ["methylation estimation"],
         [("gembs", "gemBS", "3.5.5"), ("bedtools", "BEDTools", "2.29.2")]),
    ], "1.1.7"),
    "eclip": ("ENCPL909ECL", "eCLIP pipeline", 1, ["eCLIP"], PIPELINE_LAB, [
        ("eclip-align", "eCLIP adapter trimming and alignment", ["alignment"],
         [("cutadapt", "cutadapt", "1.14"), ("star", "STAR", "2.4.0j"), ("umi-tools", "UMI-tools", "0.5.1")]),
        ("eclip-peaks", "eCLIP peak calling and normalisation", ["peak calling"],
         [("clipper", "CLIPper", "1.2.2")]),
    ], "0.7.3"),
    "hic": ("ENCPL910HIC", "Hi-C pipeline", 1, ["HiC"], PIPELINE_LAB, [
        ("hic-align", "Hi-C read pair alignment", ["alignment"],
         [("bwa", "BWA", "0.7.17"), ("pairtools", "pairtools", "0.3.0")]),
        ("hic-matrix", "Hi-C contact matrix generation", ["contact matrix generation"],
         [("juicer-tools", "Juicer tools", "1.22.01")]),
    ], "1.15.1"),
    "mirna": ("ENCPL911MIR", "microRNA-seq pipeline", 1, ["microRNA-seq"], PIPELINE_LAB, [
        ("mirna-align", "microRNA-seq trimming and alignment", ["alignment"],
         [("cutadapt", "cutadapt", "1.7.1"), ("star", "STAR", "2.5.1b")]),
        ("mirna-quant", "microRNA-seq quantification", ["quantification"],
         [("star", "STAR", "2.5.1b")]),
    ], "1.1.2"),
    "cutrun": ("ENCPL912CNR", "CUT&RUN processing (lab custom)", 1, ["CUT&RUN"], "/labs/naomi-castell/", [
        ("cutrun-align", "CUT&RUN alignment", ["alignment"],
         [("bowtie2", "Bowtie2", "2.4.2"), ("picard", "Picard", "2.23.8")]),
        ("cutrun-peaks", "CUT&RUN sparse peak calling", ["peak calling"], [("seacr", "SEACR", "1.3")]),
    ], "1.0.2"),
    "modern": ("ENCPL913MOD", "modERN TF ChIP-seq pipeline", 1, ["ChIP-seq"], PIPELINE_LAB, [
        ("modern-align", "modERN ChIP-seq alignment", ["alignment"],
         [("bwa", "BWA", "0.7.12"), ("samtools", "SAMtools", "1.3")]),
        ("modern-peaks", "modERN ChIP-seq peaks and IDR", ["peak calling", "IDR"],
         [("spp", "SPP", "1.14"), ("idr", "IDR", "2.0.3")]),
    ], "1.0.4"),
}


def pipeline_id(key):
    return "/pipelines/%s/" % PIPELINES[key][0]


def pipeline_page(key):
    accession, title, version, assays, lab, steps, _ = PIPELINES[key]
    analysis_steps = []
    for label, step_title, types, software in steps:
        analysis_steps.append({
            "@id": "/analysis-steps/%s-v-1/" % label,
            "@type": ["AnalysisStep", "Item"],
            "name": "%s-v-1" % label,
            "step_label": label,
            "title": step_title,
            "major_version": 1,
            "analysis_step_types": types,
            "current_version": {
                "@id": "/analysis-step-versions/%s-v-1-0/" % label,
                "@type": ["AnalysisStepVersion", "Item"],
                "name": "%s-v-1-0" % label,
                "minor_version": 0,
                "software_versions": [{
                    "@id": "/software-versions/%s/" % uid("software", name, release),
                    "@type": ["SoftwareVersion", "Item"],
                    "version": release,
                    "software": {"@id": "/software/%s/" % name, "@type": ["Software", "Item"], "name": name,
                                 "title": software_title},
                } for name, software_title, release in software],
            },
        })
    return {
        "@id": pipeline_id(key),
        "@type": ["Pipeline", "Item"],
        "uuid": uid("pipeline", accession),
        "accession": accession,
        "title": title,
        "pipeline_version": version,
        "status": "released",
        "assay_term_names": assays,
        "lab": lab,
        "award": "/awards/UM1HG930303/",
        "analysis_steps": analysis_steps,
    }


def step_version(key, step_index):
    """files[].analysis_step_version, cut down to what the demo needs: the step and its pipeline (object
    frame, no software: that is why the pipelines' page frames are in "linked")."""
    title, steps = PIPELINES[key][1], PIPELINES[key][5]
    label = steps[step_index][0]
    return {
        "@id": "/analysis-step-versions/%s-v-1-0/" % label,
        "analysis_step": {"@id": "/analysis-steps/%s-v-1/" % label,
                          "pipelines": [{"@id": pipeline_id(key), "title": title}]},
    }


# ---------------------------------------------------------------------------------------------------
# Assays
# ---------------------------------------------------------------------------------------------------

# title: term name, term id, count per organism, pipeline for ENCODE4 / older / model organisms,
#        target pool per organism, output file (format, file type, output type), replication default
ASSAYS = {
    "TF ChIP-seq": dict(term="ChIP-seq", term_id="OBI:0000716", counts={"human": 46, "mouse": 6, "fly": 4, "worm": 4},
                        pipeline="tf", legacy="tf-legacy", model="modern",
                        targets={"human": TF_HUMAN, "mouse": TF_MOUSE, "fly": TF_FLY, "worm": TF_WORM},
                        output=("bed", "bed narrowPeak", "conservative IDR thresholded peaks")),
    "Histone ChIP-seq": dict(term="ChIP-seq", term_id="OBI:0000716", counts={"human": 42, "mouse": 13},
                             pipeline="histone", legacy="histone",
                             targets={"human": HISTONE, "mouse": HISTONE},
                             output=("bed", "bed narrowPeak", "replicated peaks")),
    "total RNA-seq": dict(term="RNA-seq", term_id="OBI:0001271", counts={"human": 20, "mouse": 6, "fly": 2, "worm": 2},
                          pipeline="rna", legacy="rna-legacy", model="rna-legacy",
                          output=("tsv", "tsv", "gene quantifications")),
    "polyA plus RNA-seq": dict(term="polyA plus RNA-seq", term_id="OBI:0002045", counts={"human": 20, "mouse": 8},
                               pipeline="rna", legacy="rna-legacy",
                               output=("tsv", "tsv", "gene quantifications")),
    "ATAC-seq": dict(term="ATAC-seq", term_id="OBI:0002039", counts={"human": 22, "mouse": 8},
                     pipeline="atac", legacy="atac",
                     output=("bed", "bed narrowPeak", "IDR thresholded peaks")),
    "DNase-seq": dict(term="DNase-seq", term_id="OBI:0001853", counts={"human": 22, "mouse": 6},
                      pipeline="dnase", legacy="dnase",
                      output=("bed", "bed narrowPeak", "peaks")),
    "WGBS": dict(term="whole-genome shotgun bisulfite sequencing", term_id="OBI:0001863",
                 counts={"human": 10, "mouse": 4}, pipeline="wgbs", legacy="wgbs",
                 output=("bed", "bed bedMethyl", "methylation state at CpG")),
    "eCLIP": dict(term="eCLIP", term_id="OBI:0002079", counts={"human": 20}, pipeline="eclip", legacy="eclip",
                  targets={"human": RBPS}, output=("bed", "bed narrowPeak", "peaks")),
    "in situ Hi-C": dict(term="HiC", term_id="OBI:0002042", counts={"human": 10, "mouse": 2},
                         pipeline="hic", legacy="hic", output=("hic", "hic", "contact matrix")),
    "CUT&RUN": dict(term="CUT&RUN", term_id="OBI:0002139", counts={"human": 10}, pipeline="cutrun",
                    legacy="cutrun", targets={"human": CUT_AND_RUN},
                    output=("bed", "bed narrowPeak", "peaks")),
    "microRNA-seq": dict(term="microRNA-seq", term_id="OBI:0001922", counts={"human": 4, "mouse": 3},
                         pipeline="mirna", legacy="mirna",
                         output=("tsv", "tsv", "microRNA quantifications")),
    "Control ChIP-seq": dict(term="ChIP-seq", term_id="OBI:0000716", counts={"human": 4, "mouse": 2},
                             pipeline="tf", legacy="tf-legacy", output=None),
}


def biosample_pool(assay, organism):
    if organism == "mouse":
        return MOUSE_TISSUES
    if organism == "fly":
        return [FLY]
    if organism == "worm":
        return [WORM]
    if assay == "eCLIP":
        return HUMAN_CELL_LINES[:2]
    if assay in ("TF ChIP-seq", "Control ChIP-seq", "in situ Hi-C", "CUT&RUN"):
        return HUMAN_CELL_LINES * 3 + HUMAN_DIFFERENTIATED
    if assay in ("WGBS", "Histone ChIP-seq", "ATAC-seq", "DNase-seq"):
        return HUMAN_CELL_LINES + HUMAN_TISSUES * 2 + HUMAN_PRIMARY_CELLS + HUMAN_DIFFERENTIATED
    return HUMAN_CELL_LINES + HUMAN_TISSUES + HUMAN_PRIMARY_CELLS + HUMAN_DIFFERENTIATED


def award_for(assay, organism):
    if organism in ("fly", "worm"):
        return "U41HG950606" if assay == "TF ChIP-seq" else "U01HG980909"
    if organism == "mouse":
        return rng.choice(["U01HG940505", "U54HG920202", "UM1HG930303", "UM1HG930303"])
    if assay == "eCLIP":
        return rng.choice(["UM1HG930404", "UM1HG930404", "U54HG920202"])
    if assay == "CUT&RUN":
        return rng.choice(["R01HG970808", "R01HG970808", "UM1HG930303"])
    if assay in ("Histone ChIP-seq", "WGBS") and rng.random() < 0.3:
        return "U01HG960707"
    return rng.choice(["U54HG910101", "U54HG920202", "U54HG920202", "UM1HG930303", "UM1HG930303", "UM1HG930303"])


LAB_AFFINITY = {
    "TF ChIP-seq": ["helena-marsh", "rafael-quintero", "kwame-asante"],
    "Histone ChIP-seq": ["ingrid-solberg", "lucia-ferraro", "helena-marsh"],
    "total RNA-seq": ["tobias-lindgren", "jun-takeda"],
    "polyA plus RNA-seq": ["tobias-lindgren", "samuel-okoro"],
    "ATAC-seq": ["priya-raman", "lucia-ferraro"],
    "DNase-seq": ["samuel-okoro", "priya-raman"],
    "WGBS": ["ingrid-solberg", "jun-takeda"],
    "eCLIP": ["kwame-asante"],
    "in situ Hi-C": ["rafael-quintero", "naomi-castell"],
    "CUT&RUN": ["naomi-castell"],
    "microRNA-seq": ["jun-takeda"],
    "Control ChIP-seq": ["helena-marsh", "ingrid-solberg"],
}


def lab_for(assay, organism):
    if organism == "fly":
        return "marta-vidal"
    if organism == "worm":
        return "owen-prescott"
    return rng.choice(LAB_AFFINITY[assay])


def assemblies_for(organism, rfa, status):
    if organism == "human":
        if rfa in ("ENCODE2", "Roadmap") or (status == "archived" and rfa != "ENCODE4"):
            return rng.choice([["GRCh38", "hg19"], ["hg19"], ["GRCh38", "hg19"]])
        if rfa == "ENCODE3":
            return rng.choice([["GRCh38", "hg19"], ["GRCh38"]])
        return ["GRCh38"]
    if organism == "mouse":
        return ["mm10", "mm9"] if rfa == "ENCODE2-Mouse" else ["mm10"]
    if organism == "fly":
        return rng.choice([["dm6"], ["dm6", "dm3"]])
    return rng.choice([["ce11"], ["ce11", "ce10"]])


# ---------------------------------------------------------------------------------------------------
# Publications
# ---------------------------------------------------------------------------------------------------

SURNAMES = ["Abernathy", "Bakshi", "Carvalho", "Dubois", "Eklund", "Fonseca", "Grünewald", "Haddad", "Iwasaki",
            "Jovanović", "Kaur", "Lindqvist", "Moreau", "Nakagawa", "Oyelaran", "Petrova", "Quist", "Rahman",
            "Søndergaard", "Tanaka", "Umarov", "Varga", "Whitfield", "Xu", "Yildiz", "Zielinski", "Acheampong",
            "Brennan", "Castellanos", "Desai", "Engström", "Farouk", "Gallo", "Holmberg", "Ibáñez", "Jensen",
            "Kowalski", "Lemaire", "Mbeki", "Novak", "O'Connell", "Papadopoulos", "Reyes", "Sato", "Thorsen"]
INITIALS = ["A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "T", "V", "W", "Y"]
JOURNALS = ["Genome Research", "Nature", "Nucleic Acids Research", "Cell Reports", "Genome Biology",
            "Nature Genetics", "Molecular Cell", "eLife", "PLoS Genetics", "Cell", "Science", "Nature Communications",
            "Genes & Development", "Developmental Cell"]

# title, assays it covers, categories
PAPERS = [
    ("An atlas of CTCF-anchored chromatin loops across human cell lines", ["TF ChIP-seq", "in situ Hi-C"],
     ["integrative analysis"]),
    ("Cohesin and CTCF co-occupancy defines insulated neighbourhoods", ["TF ChIP-seq"], ["basic biology"]),
    ("Combinatorial transcription factor binding at liver enhancers", ["TF ChIP-seq", "Histone ChIP-seq"],
     ["integrative analysis"]),
    ("Expanded encyclopedia of candidate regulatory elements in human tissues",
     ["Histone ChIP-seq", "DNase-seq", "ATAC-seq"], ["integrative analysis", "resource"]),
    ("Histone modification landscapes of adult human tissues", ["Histone ChIP-seq", "WGBS"],
     ["integrative analysis"]),
    ("Bivalent promoters resolve during cardiomyocyte differentiation", ["Histone ChIP-seq", "CUT&RUN"],
     ["basic biology"]),
    ("Transcriptome dynamics across human tissues and cell lines", ["total RNA-seq", "polyA plus RNA-seq"],
     ["resource"]),
    ("Long non-coding RNA expression in the developing mouse embryo", ["total RNA-seq", "polyA plus RNA-seq"],
     ["basic biology"]),
    ("Chromatin accessibility of primary immune cells at single-base resolution", ["ATAC-seq", "DNase-seq"],
     ["integrative analysis"]),
    ("DNase I footprints reveal the grammar of human regulatory DNA", ["DNase-seq"], ["basic biology"]),
    ("Methylation valleys and partially methylated domains in human tissues", ["WGBS"], ["integrative analysis"]),
    ("A census of RNA-binding protein sites in the human transcriptome", ["eCLIP"], ["resource"]),
    ("Position-dependent splicing regulation by RBFOX2 and PTBP1", ["eCLIP", "total RNA-seq"], ["basic biology"]),
    ("Compartment switching during neural differentiation", ["in situ Hi-C"], ["basic biology"]),
    ("Low-input chromatin profiling with CUT&RUN in clinical samples", ["CUT&RUN"], ["technology development"]),
    ("microRNA expression atlas of human and mouse tissues", ["microRNA-seq"], ["resource"]),
    ("Regulatory landscape of mouse embryonic development", ["Histone ChIP-seq", "ATAC-seq", "TF ChIP-seq"],
     ["integrative analysis"]),
    ("Transcription factor occupancy in Drosophila embryos", ["TF ChIP-seq"], ["basic biology"]),
    ("Binding maps of nematode transcription factors across development", ["TF ChIP-seq"], ["basic biology"]),
    ("Developmental transcriptomes of model organisms", ["total RNA-seq"], ["resource"]),
    ("Benchmarking peak callers on ChIP-seq replicates", ["TF ChIP-seq", "Control ChIP-seq"],
     ["software tool", "technology development"]),
    ("Allele-specific binding in a lymphoblastoid genome", ["TF ChIP-seq", "DNase-seq"], ["basic biology"]),
    ("Enhancer-promoter contacts in pancreatic islets (preprint)", ["in situ Hi-C", "ATAC-seq"], ["basic biology"]),
    ("Quality metrics for functional genomics assays", ["total RNA-seq", "ATAC-seq", "WGBS"],
     ["technology development"]),
]


def make_publication(index, title, categories):
    year = 2010 + (index * 7) % 14
    count = rng.choice([3, 4, 6, 8, 12, 15])
    authors = []
    for _ in range(count):
        authors.append("%s %s%s" % (rng.choice(SURNAMES), rng.choice(INITIALS),
                                    rng.choice(INITIALS) if rng.random() < 0.4 else ""))
    if index % 5 == 0:
        authors.insert(0, "ENCODE Project Consortium")
    author_text = ", ".join(authors) + ("." if index % 4 == 1 else "")
    preprint = "preprint" in title
    journal = "bioRxiv" if preprint else JOURNALS[index % len(JOURNALS)]
    # Historical records use free-form dates; the year is their first four digits.
    month = 1 + (index * 5) % 12
    date_forms = ["%d-%02d-%02d" % (year, month, 1 + index % 27),
                  "%d %s" % (year, ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                                    "Dec"][month - 1]),
                  "%d %s %d" % (year, ["Jan", "Mar", "Jun", "Sep"][index % 4], 1 + index % 27)]
    pmid = str(99100000 + index * 1371)
    doi = "10.5555/encode-demo.%d.%04d" % (year, 100 + index * 37)
    identifiers = [] if preprint else ["PMID:" + pmid]
    identifiers.append("doi:" + doi)
    if not preprint and index % 3 == 0:
        identifiers.append("PMCID:PMC99%05d" % (index * 311))
    key = uid("publication", title)
    publication = {
        "@id": "/publications/%s/" % key,
        "@type": ["Publication", "Item"],
        "uuid": key,
        "title": title,
        "authors": author_text,
        "journal": journal,
        "date_published": date_forms[index % 3],
        "publication_year": year,
        "identifiers": identifiers,
        "status": "released",
        "published_by": ["ENCODE"] if index % 6 else ["community"],
        "categories": categories,
    }
    if not preprint:
        publication.update({"volume": str(10 + index * 3), "issue": str(1 + index % 12),
                            "page": "%d-%d" % (100 + index * 41, 112 + index * 41)})
    if index % 4 != 3:
        publication["abstract"] = "%s. (An invented abstract for the ENCODE Tracker demo collection.)" % title
    return publication


PUBLICATIONS = [make_publication(i, title, categories) for i, (title, _, categories) in enumerate(PAPERS)]


def papers_for(assay, organism):
    found = []
    for publication, (title, assays, _) in zip(PUBLICATIONS, PAPERS):
        if assay not in assays:
            continue
        is_fly, is_worm, is_mouse = "Drosophila" in title, "nematode" in title, "mouse" in title.lower()
        if (organism == "fly") != is_fly or (organism == "worm") != is_worm:
            continue
        if organism == "mouse" and not is_mouse and "model organisms" not in title and rng.random() < 0.5:
            continue
        found.append(publication)
    if organism in ("fly", "worm") and assay == "total RNA-seq":
        found = [p for p in PUBLICATIONS if p["title"].startswith("Developmental transcriptomes")]
    return found


# ---------------------------------------------------------------------------------------------------
# Quality metrics
# ---------------------------------------------------------------------------------------------------


def pct(value):
    return "%.2f%%" % value


def metric(kind, collection, file_accession, values):
    key = uid("metric", kind, file_accession)
    body = {
        "@id": "/%s/%s/" % (collection, key),
        "@type": [kind, "QualityMetric", "Item"],
    }
    body.update(values)
    return body


def alignment_metrics(assay, file_accession, poor, first_replicate, legacy):
    """Metrics of one alignment file; a 'poor' experiment gets numbers that explain its audits. Library
    complexity is given for the first replicate only, to keep the bundle small. Legacy (TopHat) RNA-seq
    alignments have samtools statistics instead of STAR's."""
    term = ASSAYS[assay]["term"]
    total = rng.randint(12, 22) * 1000000 + rng.randint(0, 999999) if poor else \
        rng.randint(28, 75) * 1000000 + rng.randint(0, 999999)
    mapped_fraction = rng.uniform(0.62, 0.8) if poor else rng.uniform(0.86, 0.985)
    mapped = int(total * mapped_fraction)
    if term in ("RNA-seq", "polyA plus RNA-seq") and not legacy:
        unique = mapped_fraction * 100 - rng.uniform(2, 6)
        return [metric("StarQualityMetric", "star-quality-metrics", file_accession, {
            "Number of input reads": total,
            "Average input read length": rng.choice([100, 101, 150, 202]),
            "Uniquely mapped reads number": int(total * unique / 100),
            "Uniquely mapped reads %": pct(unique),
            "Average mapped length": round(rng.uniform(96, 200), 2),
            "% of reads mapped to multiple loci": pct(rng.uniform(2, 9)),
            "Number of splices: Total": int(total * rng.uniform(0.18, 0.3)),
            "Mismatch rate per base, %": pct(rng.uniform(0.2, 0.6)),
        })]
    if term == "microRNA-seq":
        return [metric("MicroRnaMappingQualityMetric", "micro-rna-mapping-quality-metrics", file_accession,
                       {"aligned_reads": mapped})]
    if term == "whole-genome shotgun bisulfite sequencing":
        return [metric("GembsAlignmentQualityMetric", "gembs-alignment-quality-metrics", file_accession, {
            "sequenced_reads": total * 4,
            "general_reads": mapped * 4,
            "pct_general_reads": round(mapped_fraction * 100, 2),
            "unmapped_reads": (total - mapped) * 4,
            "pct_unmapped_reads": round((1 - mapped_fraction) * 100, 2),
            "average_coverage": round(rng.uniform(8, 14) if poor else rng.uniform(24, 38), 1),
            "conversion_rate": round(rng.uniform(0.991, 0.998), 4),
        })]
    if term == "HiC":
        pairs = total * 8
        return [metric("HicQualityMetric", "hic-quality-metrics", file_accession, {
            "sequenced_read_pairs": pairs,
            "2_alignments_a_b": int(pairs * mapped_fraction * 0.9),
            "pct_2_alignments_a_b": round(mapped_fraction * 90, 2),
            "one_or_both_reads_unmapped": int(pairs * (1 - mapped_fraction)),
            "pct_one_or_both_reads_unmapped": round((1 - mapped_fraction) * 100, 2),
            "avg_insert_size": round(rng.uniform(280, 420), 1),
            "library_complexity_estimate": pairs * rng.randint(3, 9),
            "run_type": "paired-ended",
        })]
    flagstats = metric("SamtoolsFlagstatsQualityMetric", "samtools-flagstats-quality-metrics", file_accession, {
        "total": total,
        "total_qc_failed": 0,
        "mapped": mapped,
        "mapped_pct": pct(mapped_fraction * 100),
        "duplicates": int(total * (rng.uniform(0.25, 0.45) if poor else rng.uniform(0.02, 0.12))),
        "paired": 0,
        "singletons": 0,
        "singletons_pct": "0.00%",
    })
    if term in ("eCLIP", "CUT&RUN", "DNase-seq") or not first_replicate:
        return [flagstats]
    nrf = rng.uniform(0.45, 0.7) if poor else rng.uniform(0.8, 0.97)
    pbc1 = rng.uniform(0.4, 0.68) if poor else rng.uniform(0.82, 0.97)
    kind = ("AtacLibraryComplexityQualityMetric", "atac-library-complexity-quality-metrics") \
        if term == "ATAC-seq" else ("ChipLibraryQualityMetric", "chip-library-quality-metrics")
    library = metric(kind[0], kind[1], file_accession, {
        "NRF": round(nrf, 4),
        "PBC1": round(pbc1, 4),
        "PBC2": round(pbc1 * rng.uniform(5, 14), 4),
        "total_fragments": mapped,
        "distinct_fragments": int(mapped * nrf),
        "positions_with_one_read": int(mapped * nrf * pbc1),
    })
    return [flagstats, library]


def output_metrics(assay, file_accession, poor):
    term = ASSAYS[assay]["term"]
    if assay == "TF ChIP-seq" or (assay == "ATAC-seq" and rng.random() < 0.5):
        rescue, consistency = (rng.uniform(1.6, 3.2), rng.uniform(1.8, 4.0)) if poor else \
            (rng.uniform(1.0, 1.6), rng.uniform(1.0, 1.7))
        test = "fail" if rescue > 2 and consistency > 2 else ("borderline" if rescue > 2 or consistency > 2 else "pass")
        nt = rng.randint(2000, 9000) if poor else rng.randint(18000, 65000)
        kind = ("IdrQualityMetric", "idr-quality-metrics") if assay == "TF ChIP-seq" else \
            ("AtacReplicationQualityMetric", "atac-replication-quality-metrics")
        values = {"rescue_ratio": round(rescue, 4), "self_consistency_ratio": round(consistency, 4),
                  "reproducibility": test, "reproducible_peaks": nt}
        if assay == "TF ChIP-seq":
            values = {"Nt": nt, "Np": int(nt * rescue), "N1": int(nt * 0.9), "N2": int(nt * 0.9 / consistency),
                      "N_optimal": max(nt, int(nt * rescue)), "N_conservative": nt, "IDR_cutoff": 0.05,
                      "rescue_ratio": round(rescue, 4), "self_consistency_ratio": round(consistency, 4),
                      "reproducibility_test": test}
        return [metric(kind[0], kind[1], file_accession, values)]
    if assay in ("Histone ChIP-seq", "ATAC-seq"):
        kind = ("ChipPeakEnrichmentQualityMetric", "chip-peak-enrichment-quality-metrics") \
            if assay == "Histone ChIP-seq" else ("AtacPeakEnrichmentQualityMetric", "atac-peak-enrichment-quality-metrics")
        median = rng.randint(180, 2400)
        return [metric(kind[0], kind[1], file_accession, {
            "frip": round(rng.uniform(0.04, 0.12) if poor else rng.uniform(0.18, 0.55), 4),
            "min_size": rng.randint(140, 160), "25_pct": int(median * 0.6), "50_pct": median,
            "75_pct": int(median * 1.7), "max_size": median * rng.randint(20, 60),
            "mean": round(median * rng.uniform(1.1, 1.6), 2)})]
    if term in ("RNA-seq", "polyA plus RNA-seq"):
        return [
            metric("GeneQuantificationQualityMetric", "gene-quantification-quality-metrics", file_accession,
                   {"number_of_genes_detected": rng.randint(9000, 12500) if poor else rng.randint(14000, 19800)}),
            metric("MadQualityMetric", "mad-quality-metrics", file_accession, {
                "MAD of log ratios": round(rng.uniform(0.25, 0.6) if poor else rng.uniform(0.05, 0.2), 3),
                "Pearson correlation": round(rng.uniform(0.82, 0.9) if poor else rng.uniform(0.93, 0.995), 4),
                "Spearman correlation": round(rng.uniform(0.8, 0.88) if poor else rng.uniform(0.9, 0.98), 4),
                "SD of log ratios": round(rng.uniform(0.3, 0.9), 3)}),
        ]
    if term == "DNase-seq":
        return [metric("HotspotQualityMetric", "hotspot-quality-metrics", file_accession, {
            "spot2_score": round(rng.uniform(0.12, 0.25) if poor else rng.uniform(0.35, 0.7), 4),
            "hotspot_count": rng.randint(90000, 260000), "peaks_count": rng.randint(60000, 190000)})]
    if term == "whole-genome shotgun bisulfite sequencing":
        pairs = rng.randint(26000000, 28000000)
        return [metric("CpgCorrelationQualityMetric", "cpg-correlation-quality-metrics", file_accession, {
            "CpG pairs": pairs,
            "CpG pairs with atleast 10 reads each": int(pairs * rng.uniform(0.4, 0.8)),
            "Pearson correlation": round(rng.uniform(0.6, 0.75) if poor else rng.uniform(0.82, 0.93), 4)})]
    if term == "microRNA-seq":
        return [metric("MicroRnaQuantificationQualityMetric", "micro-rna-quantification-quality-metrics",
                       file_accession, {"expressed_mirnas": rng.randint(180, 420) if poor else
                                              rng.randint(450, 900)})]
    return []


# ---------------------------------------------------------------------------------------------------
# Audits
# ---------------------------------------------------------------------------------------------------

AUDIT_LEVELS = {"ERROR": 60, "NOT_COMPLIANT": 50, "WARNING": 40, "INTERNAL_ACTION": 30}
AUDITS = {
    "ERROR": [
        ("extremely low read depth", "Alignment file {%(f1)s|/files/%(f1)s/} has %(reads)s usable fragments; the "
                                     "minimum for this assay is 5 million."),
        ("missing control alignments", "Control experiment {%(ctl)s|/experiments/%(ctl)s/} has no alignments on "
                                       "the %(asm)s assembly, so peaks cannot be compared with a control."),
        ("inconsistent read count", "Files {%(f1)s|/files/%(f1)s/} and {%(f2)s|/files/%(f2)s/} report different "
                                    "read counts for the same library."),
    ],
    "NOT_COMPLIANT": [
        ("insufficient read depth", "Alignment file {%(f1)s|/files/%(f1)s/} has %(reads)s usable fragments, below "
                                    "the 20 million recommended by the ENCODE standards."),
        ("poor library complexity", "Library of {%(f1)s|/files/%(f1)s/} has an NRF below 0.5, indicating poor "
                                    "complexity."),
        ("insufficient replicate concordance", "Replicated peaks of {%(f2)s|/files/%(f2)s/} have a rescue ratio "
                                               "and a self-consistency ratio above 2."),
        ("partially characterized antibody", "The antibody used in replicate 1 is characterized in a different "
                                             "biosample only."),
    ],
    "WARNING": [
        ("low read length", "Alignment file {%(f1)s|/files/%(f1)s/} was mapped from reads of 36 bases, shorter "
                            "than the recommended 50."),
        ("moderate library complexity", "Library of {%(f1)s|/files/%(f1)s/} has an NRF between 0.5 and 0.8."),
        ("mild to moderate bottlenecking", "Alignment file {%(f2)s|/files/%(f2)s/} has a PBC1 between 0.5 and 0.8."),
        ("inconsistent platforms", "Replicates were sequenced on different platforms."),
        ("low read depth", "Alignment file {%(f2)s|/files/%(f2)s/} has fewer usable fragments than recommended."),
        ("borderline replicate concordance", "One of the replicate-consistency ratios is above 2."),
    ],
    "INTERNAL_ACTION": [
        ("mismatched status", "Experiment status does not match the status of file {%(f1)s|/files/%(f1)s/}."),
        ("biological replicates with identical biosample", "Replicates 1 and 2 share one biosample."),
    ],
}


# Categories that only make sense for some assays.
AUDIT_ASSAYS = {
    "missing control alignments": {"TF ChIP-seq", "Histone ChIP-seq"},
    "partially characterized antibody": {"TF ChIP-seq", "Histone ChIP-seq", "eCLIP", "CUT&RUN"},
    "insufficient replicate concordance": {"TF ChIP-seq", "ATAC-seq"},
    "borderline replicate concordance": {"TF ChIP-seq", "ATAC-seq"},
    "poor library complexity": {"TF ChIP-seq", "Histone ChIP-seq", "ATAC-seq", "Control ChIP-seq"},
    "moderate library complexity": {"TF ChIP-seq", "Histone ChIP-seq", "ATAC-seq", "Control ChIP-seq"},
    "mild to moderate bottlenecking": {"TF ChIP-seq", "Histone ChIP-seq", "ATAC-seq", "Control ChIP-seq"},
}


def audit_entry(level, category, detail, experiment_id, names):
    return {"category": category, "detail": detail % names, "level": AUDIT_LEVELS[level], "level_name": level,
            "name": "audit_experiment", "path": experiment_id}


# ---------------------------------------------------------------------------------------------------
# Experiments
# ---------------------------------------------------------------------------------------------------

LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def accession_of(index, prefix="ENCSR"):
    # Every demo accession ends in D + two letters ("demo"), so one is easy to recognise.
    number = 900 + index // (len(LETTERS) * 3) % 100
    tail = LETTERS[index % len(LETTERS)] + LETTERS[(index // len(LETTERS)) % len(LETTERS)]
    return "%s%03dD%s" % (prefix, number, tail)


def file_accession(experiment_accession, index):
    return "ENCFF%s%s%s" % (experiment_accession[5:8], LETTERS[index], experiment_accession[9:11])


def summary_for(kind, organism, stage):
    life_stage, age, sex = stage
    if kind["classification"] == "cell line":
        return kind["term"]
    if kind.get("origin"):
        return "%s originated from %s" % (kind["term"], kind["origin"])
    species = ORGANISMS[organism]["scientific_name"]
    if organism == "mouse":
        stage_text = "embryo (%s)" % age if life_stage == "embryonic" else "%s %s (%s)" % (sex, life_stage, age)
        return "%s strain C57BL/6 %s tissue %s" % (species, kind["term"], stage_text)
    if organism in ("fly", "worm"):
        strain = "Oregon-R" if organism == "fly" else "N2"
        age_text = "" if age == "unknown" else " (%s)" % age
        return "%s strain %s whole organisms %s%s" % (species, strain, life_stage, age_text)
    return "%s %s %s %s %s (%s)" % (species, kind["term"], kind["classification"], sex, life_stage, age)


def replicate(accession, number, kind, organism, stage):
    life_stage, age, sex = stage
    biosample_accession = "ENCBS%s%s%s" % (accession[5:8], LETTERS[number], accession[9:11])
    biosample = {
        "@id": "/biosamples/%s/" % biosample_accession,
        "organism": ORGANISMS[organism],
        "life_stage": life_stage,
        "age_display": age,
        "sex": sex,
    }
    return {
        "biological_replicate_number": number,
        "library": {"@id": "/libraries/ENCLB%s/" % biosample_accession[5:], "biosample": biosample},
    }


# Plausible sizes in MiB, by file type.
FILE_SIZES = {"bam": (350, 4200), "bed narrowPeak": (0.8, 24), "bed bedMethyl": (300, 1600), "tsv": (1.5, 9),
              "hic": (900, 7800)}


def data_file(accession, experiment_accession, file_format, file_type, output_type, replicates, assembly,
              step, metrics, status="released"):
    extension = {"bed narrowPeak": "bed.gz", "bed bedMethyl": "bed.gz", "bam": "bam", "tsv": "tsv",
                 "hic": "hic"}[file_type]
    return {
        "@id": "/files/%s/" % accession,
        "accession": accession,
        "file_format": file_format,
        "file_type": file_type,
        "output_type": output_type,
        "assembly": assembly,
        "status": status,
        "biological_replicates": replicates,
        "href": "/files/%s/@@download/%s.%s" % (accession, accession, extension),
        "file_size": int(rng.uniform(*FILE_SIZES[file_type]) * 1048576),
        "analysis_step_version": step,
        "quality_metrics": metrics,
    }


def choose_status():
    roll = rng.random()
    if roll < 0.03:
        return "revoked"
    if roll < 0.12:
        return "archived"
    return "released"


def make_experiment(index, assay, organism, controls, linked):
    spec = ASSAYS[assay]
    accession = accession_of(index)
    experiment_id = "/experiments/%s/" % accession
    status = choose_status()
    award_name = award_for(assay, organism)
    project, rfa, award_title, first_year, last_year = AWARDS[award_name]
    lab_name = lab_for(assay, organism)
    lab_title = LABS[lab_name]
    assembly = assemblies_for(organism, rfa, status)

    kind = rng.choice(biosample_pool(assay, organism))
    if organism == "human":
        stage = kind["stage"] if "stage" in kind else rng.choice(DONORS)
    elif organism == "mouse":
        life_stage, age = rng.choice(MOUSE_STAGES)
        stage = (life_stage, age, "mixed" if life_stage == "embryonic" else rng.choice(["male", "female"]))
    else:
        life_stage, age = rng.choice(FLY_STAGES if organism == "fly" else WORM_STAGES)
        stage = (life_stage, age, "mixed" if organism == "fly" else "hermaphrodite")

    unreplicated = assay in ("in situ Hi-C", "WGBS", "microRNA-seq") and rng.random() < 0.35
    replicate_count = 1 if unreplicated else 2
    if unreplicated:
        replication_type = "unreplicated"
    elif kind["classification"] in ("cell line", "in vitro differentiated cells"):
        replication_type = "isogenic"
    else:
        replication_type = rng.choice(["anisogenic", "isogenic"]) if organism == "human" else "anisogenic"

    year = rng.randint(first_year, last_year)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    submitted = "%d-%02d-%02d" % (year, month, day)
    released_month = month + rng.randint(1, 4)
    released = "%d-%02d-%02d" % (year + (released_month - 1) // 12, (released_month - 1) % 12 + 1, day)

    label = None
    if assay in ("TF ChIP-seq", "Histone ChIP-seq", "eCLIP", "CUT&RUN"):
        label = rng.choice(spec["targets"][organism])

    # Audits: a 'poor' experiment gets numbers and audits that agree with each other.
    poor = rng.random() < 0.12 or status == "revoked"
    levels = []
    if poor:
        levels.append("ERROR" if (status == "revoked" or rng.random() < 0.4) else "NOT_COMPLIANT")
    if rng.random() < 0.35:
        levels.append("WARNING")
    if rng.random() < 0.1:
        levels.append("INTERNAL_ACTION")

    # Files: one alignment per replicate, then the main output, then an older-assembly output.
    model = organism in ("fly", "worm")
    encode4 = rfa in ("ENCODE4", "community")
    pipeline_key = spec.get("model", spec["pipeline"]) if model else \
        (spec["pipeline"] if encode4 or assembly == ["GRCh38"] or organism == "mouse" else
         spec["legacy"] if rfa in ("ENCODE2", "Roadmap") else spec["pipeline"])
    # Files on an older assembly come from the previous generation of the pipeline.
    older_key = pipeline_key if model else spec.get("legacy", pipeline_key)
    first_assembly = assembly[0]
    files, metric_links = [], rng.random() < 0.15
    has_files = not (status == "revoked" and rng.random() < 0.5) and not (assay == "CUT&RUN" and rng.random() < 0.2)
    alignment_step = step_version(pipeline_key, 0)
    output_step = step_version(pipeline_key, len(PIPELINES[pipeline_key][5]) - 1)

    def attach(metrics):
        if not metric_links:
            return metrics
        for m in metrics:
            linked[m["@id"]] = m
        return [m["@id"] for m in metrics]

    if has_files:
        # Not every file has metrics on the Portal either: the second replicate's often has none here.
        second_has_metrics = rng.random() < 0.3
        legacy = pipeline_key == "rna-legacy"
        for rep in range(1, replicate_count + 1):
            f = file_accession(accession, rep - 1)
            metrics = alignment_metrics(assay, f, poor, rep == 1, legacy) if rep == 1 or second_has_metrics else []
            files.append(data_file(f, accession, "bam", "bam", "alignments", [rep], first_assembly, alignment_step,
                                   attach(metrics)))
        if spec["output"]:
            fmt, ftype, output_type = spec["output"]
            f = file_accession(accession, 2)
            files.append(data_file(f, accession, fmt, ftype, output_type, list(range(1, replicate_count + 1)),
                                   first_assembly, output_step, attach(output_metrics(assay, f, poor))))
            if len(assembly) > 1:
                older_step = step_version(older_key, len(PIPELINES[older_key][5]) - 1)
                files.append(data_file(file_accession(accession, 3), accession, fmt, ftype, output_type,
                                       list(range(1, replicate_count + 1)), assembly[1], older_step, []))

    ontology = {
        "@id": "/biosample-types/%s_%s/" % (kind["classification"].replace(" ", "_"),
                                            kind["term_id"].replace(":", "_")),
        "term_name": kind["term"],
        "term_id": kind["term_id"],
        "classification": kind["classification"],
        "organ_slims": kind["organ_slims"],
    }
    summary = summary_for(kind, organism, stage)
    descriptions = {
        "TF ChIP-seq": "%s ChIP-seq on %s" % (label, summary),
        "Histone ChIP-seq": "%s ChIP-seq in %s" % (label, summary),
        "eCLIP": "%s eCLIP in %s cells" % (label, kind["term"]),
        "CUT&RUN": "CUT&RUN profiling of %s in %s" % (label, summary),
        "Control ChIP-seq": "Input control for ChIP-seq in %s" % summary,
        "in situ Hi-C": "in situ Hi-C on %s (MboI digestion)" % summary,
    }
    experiment = {
        "@id": experiment_id,
        "@type": ["Experiment", "Dataset", "Item"],
        "@context": "/terms/",
        "uuid": uid("experiment", accession),
        "accession": accession,
        "alternate_accessions": [],
        "assay_term_name": spec["term"],
        "assay_term_id": spec["term_id"],
        "assay_title": assay,
        "status": status,
        "date_submitted": submitted,
        "date_released": released,
        "description": descriptions.get(assay, "%s of %s" % (assay, summary)),
    }
    if label:
        experiment["target"] = target_object(label, organism)
    experiment.update({
        "biosample_summary": summary,
        "biosample_ontology": ontology,
        "replicates": [replicate(accession, n, kind, organism, stage) for n in range(1, replicate_count + 1)],
        "lab": {"@id": "/labs/%s/" % lab_name, "name": lab_name, "title": lab_title},
        "award": {"@id": "/awards/%s/" % award_name, "name": award_name, "title": award_title, "project": project,
                  "rfa": rfa},
        "assembly": assembly if files else [],
        "replication_type": replication_type,
    })
    if stage[1] != "unknown":
        experiment["life_stage_age"] = "%s %s" % (stage[0], stage[1])

    dbxrefs = []
    if status != "revoked" and rng.random() < 0.72:
        dbxrefs.append("GEO:GSE99%05d" % (index * 97 % 100000))
    if rfa == "ENCODE2" and organism == "human":
        dbxrefs.append("UCSC-ENCODE-hg19:wgEncodeEH99%04d" % index)
    if rng.random() < 0.05:
        dbxrefs.append("GEO-obsolete:GSM99%05d" % (index * 131 % 100000))
    experiment["dbxrefs"] = dbxrefs

    references = []
    candidates = papers_for(assay, organism)
    if candidates and status != "revoked" and rng.random() < 0.4:
        chosen = rng.sample(candidates, min(len(candidates), rng.choice([1, 1, 1, 2])))
        as_links = rng.random() < 0.4
        for publication in chosen:
            if as_links:
                linked[publication["@id"]] = publication
                references.append(publication["@id"])
            else:
                references.append(publication)
    experiment["references"] = references
    experiment["files"] = files

    # Analyses: ENCODE4-era processing is grouped in analyses (some only linked by "@id").
    if files and (encode4 or rng.random() < 0.3) and not model:
        analyses = []
        for position, assembly_name in enumerate(assembly[:2]):
            # The current analysis, then an archived one on the older assembly.
            key = pipeline_key if position == 0 else older_key
            semver = PIPELINES[key][6] if position == 0 else "1.0.0"
            rfa_title = "Lab custom" if key == "cutrun" else ("ENCODE4" if position == 0 else "ENCODE3")
            analysis_accession = "ENCAN%s%s%s" % (accession[5:8], LETTERS[position], accession[9:11])
            annotation = {"GRCh38": "V29", "hg19": "V19", "mm10": "M21", "mm9": "M4"}.get(assembly_name) \
                if spec["term"] in ("RNA-seq", "polyA plus RNA-seq", "microRNA-seq") else None
            title = "%s v%s %s" % (rfa_title, semver, assembly_name)
            analysis = {
                "@id": "/analyses/%s/" % analysis_accession,
                "@type": ["Analysis", "Item"],
                "accession": analysis_accession,
                "status": "released" if position == 0 else "archived",
                "pipeline_version": semver,
                "title": title + (" " + annotation if annotation else ""),
                "assembly": assembly_name,
                "pipelines": [pipeline_id(key)],
                "pipeline_award_rfas": [] if key == "cutrun" else [rfa_title],
                "pipeline_labs": [PIPELINES[key][4]],
                "files": [f["@id"] for f in files if f["assembly"] == assembly_name],
                "quality_metrics": [],
            }
            if annotation:
                analysis["genome_annotation"] = annotation
            analyses.append(analysis)
        if rng.random() < 0.25:
            for analysis in analyses:
                linked[analysis["@id"]] = analysis
            analyses = [analysis["@id"] for analysis in analyses]
        experiment["analyses"] = analyses

    if assay in ("TF ChIP-seq", "Histone ChIP-seq") and controls.get(organism):
        control = rng.choice(controls[organism])
        experiment["possible_controls"] = [{"@id": "/experiments/%s/" % control, "accession": control}]

    audit = {}
    names = {"f1": file_accession(accession, 0), "f2": file_accession(accession, 2 if spec["output"] else 1),
             "asm": first_assembly, "reads": "{:,}".format(rng.randint(2, 14) * 1000000 + rng.randint(0, 999999)),
             "ctl": (controls.get(organism) or [accession])[0]}
    for level in levels:
        category, detail = rng.choice([(c, d) for c, d in AUDITS[level] if assay in AUDIT_ASSAYS.get(c, {assay})])
        audit.setdefault(level, []).append(audit_entry(level, category, detail, experiment_id, names))
    experiment["audit"] = audit
    return experiment


# ---------------------------------------------------------------------------------------------------
# Notes: what a user might have written about a handful of experiments
# ---------------------------------------------------------------------------------------------------

NOTE_RULES = [
    (lambda e: e.get("target", {}).get("label") == "CTCF" and e["assay_title"] == "TF ChIP-seq",
     "Insulator reference for the loop-calling project. Peaks look sharp; use the conservative IDR set."),
    (lambda e: e.get("target", {}).get("label") == "H3K27ac",
     "H3K27ac reference for enhancer calls.\nOnly use replicated peaks; compare with the ATAC-seq of the same "
     "biosample."),
    (lambda e: e["assay_title"] == "ATAC-seq" and "pancreas" in e["biosample_ontology"]["organ_slims"],
     "Candidate open-chromatin reference for the islet comparison - check FRiP before using."),
    (lambda e: e["assay_title"] == "ATAC-seq",
     "Open-chromatin baseline; FRiP is fine, TSS enrichment to be checked in the report."),
    (lambda e: e["assay_title"] == "total RNA-seq",
     "Expression baseline for the knockdown comparison (same lab, same pipeline version)."),
    (lambda e: "ERROR" in e["audit"],
     "Portal flags an ERROR audit: do not use until the control is re-run. Asked the lab on the mailing list."),
    (lambda e: e["assay_title"] == "WGBS",
     "Methylation reference. CpG correlation between replicates looks fine; coverage ~30x."),
    (lambda e: e["assay_title"] == "eCLIP",
     "RBP binding sites for the splicing analysis; cross-check with the matching knockdown RNA-seq."),
    (lambda e: e["assay_title"] == "in situ Hi-C",
     "Contact maps for TAD boundaries around the locus of interest (chr11, ~2 Mb window)."),
    (lambda e: e["status"] == "revoked",
     "Revoked on the Portal - kept for the record, excluded from every analysis."),
    (lambda e: e["status"] == "archived",
     "Archived: superseded by a newer experiment on the same biosample. Keep for the 2019 figure only."),
    (lambda e: e["replicates"] and e["replicates"][0]["library"]["biosample"]["life_stage"] == "embryonic"
     and e["replicates"][0]["library"]["biosample"]["organism"]["name"] == "mouse",
     "Part of the embryonic time course (E11.5 to E16.5). Pair with the matching RNA-seq."),
    (lambda e: e["assay_title"] == "DNase-seq",
     "DHS reference for footprinting. TODO: download the hotspots on GRCh38."),
    (lambda e: e["assay_title"] == "CUT&RUN",
     "Low-input CUT&RUN - compare against the ChIP-seq of the same mark before trusting weak peaks."),
    (lambda e: e["assay_title"] == "polyA plus RNA-seq",
     "Use for the tissue-specificity score.\n- quantifications: GRCh38, GENCODE V29\n- 2 replicates, both fine"),
    (lambda e: e["assay_title"] == "TF ChIP-seq" and e["replicates"]
     and e["replicates"][0]["library"]["biosample"]["organism"]["name"] in ("dmelanogaster", "celegans"),
     "Model-organism comparison set: the same factor family as the human ChIP-seq."),
    (lambda e: e["assay_title"] == "Histone ChIP-seq" and e.get("target", {}).get("label") == "H3K27me3",
     "Polycomb domains: broad mark, so look at the signal track rather than peaks."),
    (lambda e: e["assay_title"] == "microRNA-seq",
     "Small-RNA profile for the miR-122 question (liver-specific)."),
]


def pick_notes(experiments):
    notes = {}
    for condition, text in NOTE_RULES:
        for experiment in experiments:
            if experiment["accession"] not in notes and condition(experiment):
                notes[experiment["accession"]] = text
                break
    return notes


# ---------------------------------------------------------------------------------------------------


def build():
    slots = []
    for assay, spec in ASSAYS.items():
        for organism, count in spec["counts"].items():
            slots.extend([(assay, organism)] * count)
    assert len(slots) == EXPERIMENT_COUNT, len(slots)
    # Controls first, so experiments can name them as possible controls.
    controls_slots = [s for s in slots if s[0] == "Control ChIP-seq"]
    other_slots = [s for s in slots if s[0] != "Control ChIP-seq"]
    rng.shuffle(other_slots)

    linked = {}
    for key in PIPELINES:
        linked[pipeline_id(key)] = pipeline_page(key)
    experiments, controls = [], {}
    for index, (assay, organism) in enumerate(controls_slots + other_slots):
        experiment = make_experiment(index, assay, organism, controls, linked)
        if assay == "Control ChIP-seq":
            controls.setdefault(organism, []).append(experiment["accession"])
        experiments.append(experiment)
    # Controls at the front would make them the oldest tracked; spread them through the collection.
    for position, control in enumerate(experiments[:len(controls_slots)]):
        experiments.remove(control)
        experiments.insert(37 + position * 41, control)

    # A few experiments were merged on the Portal: their old accession lives on.
    for position in (11, 123, 257):
        old = accession_of(1000 + position)
        experiments[position]["alternate_accessions"] = [old]

    notes = pick_notes(experiments)
    return {
        "description": "Invented ENCODE-shaped experiments for the ENCODE Tracker demo collection. Every "
                       "accession, name, paper and number is made up; see generate_demo.py.",
        "generated_by": "resources/demo/generate_demo.py",
        "portal": PORTAL,
        "experiments": experiments,
        "linked": linked,
        "notes": notes,
    }


def check(bundle):
    """The demo must show every feature: fail loudly when a change to the generator loses one."""
    experiments = bundle["experiments"]
    accessions = [e["accession"] for e in experiments]
    assert len(set(accessions)) == len(accessions) == EXPERIMENT_COUNT
    assert all(len(a) == 11 and a.startswith("ENCSR") and a[5:8].isdigit() and a[8:].isalpha() and a[8:].isupper()
               for a in accessions)
    counts = {}
    for e in experiments:
        for level in e["audit"]:
            counts[level] = counts.get(level, 0) + 1
        status = e["status"]
        counts[status] = counts.get(status, 0) + 1
    for key, minimum in (("ERROR", 5), ("NOT_COMPLIANT", 5), ("WARNING", 30), ("INTERNAL_ACTION", 5),
                         ("archived", 10), ("revoked", 3)):
        assert counts.get(key, 0) >= minimum, (key, counts.get(key, 0))
    assert len(bundle["notes"]) >= 12, len(bundle["notes"])
    linked_ids = set(bundle["linked"])
    for e in experiments:
        for value in e.get("references", []) + e.get("analyses", []):
            assert not isinstance(value, str) or value in linked_ids, value
        for f in e["files"]:
            for value in f["quality_metrics"]:
                assert not isinstance(value, str) or value in linked_ids, value
    return counts


def serialise(bundle):
    """One experiment and one linked object per line: compact, yet a regenerated file diffs readably."""
    def compact(value):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    lines = ["{"]
    for key in ("description", "generated_by", "portal"):
        lines.append("%s:%s," % (compact(key), compact(bundle[key])))
    lines.append('"experiments":[')
    lines.append(",\n".join(compact(e) for e in bundle["experiments"]))
    lines.append('],\n"linked":{')
    lines.append(",\n".join("%s:%s" % (compact(k), compact(v)) for k, v in bundle["linked"].items()))
    lines.append('},\n"notes":{')
    lines.append(",\n".join("%s:%s" % (compact(k), compact(v)) for k, v in bundle["notes"].items()))
    lines.append("}}")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed file instead of writing")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    bundle = build()
    counts = check(bundle)
    text = serialise(bundle)
    assert json.loads(text) == json.loads(json.dumps(bundle))
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print("%s is stale: run %s" % (args.output, Path(__file__).name), file=sys.stderr)
            return 1
        return 0
    args.output.write_text(text, encoding="utf-8")
    print("wrote %s: %d experiments, %d linked objects, %d notes, %d bytes; %s" % (
        args.output.name, len(bundle["experiments"]), len(bundle["linked"]), len(bundle["notes"]),
        len(text.encode("utf-8")), ", ".join("%s %d" % item for item in sorted(counts.items()))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
