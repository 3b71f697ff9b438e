"""The names arXiv gives its subject classes, as its list pages and headings print them
(`Astrophysics of Galaxies`, `Computation and Language`): a page's heading over the papers of a
class, a digest's section, never a paper's title when nothing else (names, an identifier) says
it is one."""

from __future__ import annotations

SUBJECTS = frozenset(
    name.casefold()
    for name in (
        # astro-ph
        "Astrophysics", "Astrophysics of Galaxies", "Cosmology and Nongalactic Astrophysics",
        "Earth and Planetary Astrophysics", "High Energy Astrophysical Phenomena",
        "Instrumentation and Methods for Astrophysics", "Solar and Stellar Astrophysics",
        # cond-mat
        "Condensed Matter", "Disordered Systems and Neural Networks", "Materials Science",
        "Mesoscale and Nanoscale Physics", "Other Condensed Matter", "Quantum Gases",
        "Soft Condensed Matter", "Statistical Mechanics", "Strongly Correlated Electrons",
        "Superconductivity",
        # physics and the other physics archives
        "General Relativity and Quantum Cosmology", "High Energy Physics - Experiment",
        "High Energy Physics - Lattice", "High Energy Physics - Phenomenology",
        "High Energy Physics - Theory", "Mathematical Physics", "Nonlinear Sciences",
        "Adaptation and Self-Organizing Systems", "Cellular Automata and Lattice Gases",
        "Chaotic Dynamics", "Exactly Solvable and Integrable Systems",
        "Pattern Formation and Solitons", "Nuclear Experiment", "Nuclear Theory",
        "Quantum Physics", "Accelerator Physics", "Applied Physics",
        "Atmospheric and Oceanic Physics", "Atomic and Molecular Clusters", "Atomic Physics",
        "Biological Physics", "Chemical Physics", "Classical Physics", "Computational Physics",
        "Data Analysis, Statistics and Probability", "Fluid Dynamics", "General Physics",
        "History and Philosophy of Physics", "Instrumentation and Detectors", "Medical Physics",
        "Physics and Society", "Physics Education", "Plasma Physics", "Popular Physics",
        "Space Physics",
        # math
        "Algebraic Geometry", "Algebraic Topology", "Analysis of PDEs", "Category Theory",
        "Classical Analysis and ODEs", "Commutative Algebra", "Complex Variables",
        "Differential Geometry", "Dynamical Systems", "Functional Analysis",
        "General Mathematics", "General Topology", "Geometric Topology", "Group Theory",
        "History and Overview", "K-Theory and Homology", "Metric Geometry", "Number Theory",
        "Numerical Analysis", "Operator Algebras", "Optimization and Control",
        "Quantum Algebra", "Representation Theory", "Rings and Algebras", "Spectral Theory",
        "Statistics Theory", "Symplectic Geometry",
        # cs
        "Artificial Intelligence", "Computation and Language", "Computational Complexity",
        "Computational Engineering, Finance, and Science", "Computational Geometry",
        "Computer Science and Game Theory", "Computer Vision and Pattern Recognition",
        "Computers and Society", "Cryptography and Security", "Data Structures and Algorithms",
        "Digital Libraries", "Discrete Mathematics", "Distributed, Parallel, and Cluster Computing",
        "Emerging Technologies", "Formal Languages and Automata Theory", "General Literature",
        "Hardware Architecture", "Human-Computer Interaction", "Information Retrieval",
        "Information Theory", "Logic in Computer Science", "Machine Learning",
        "Mathematical Software", "Multiagent Systems", "Networking and Internet Architecture",
        "Neural and Evolutionary Computing", "Operating Systems", "Other Computer Science",
        "Programming Languages", "Social and Information Networks", "Software Engineering",
        "Symbolic Computation", "Systems and Control",
        # q-bio, q-fin, stat, eess, econ
        "Quantitative Biology", "Cell Behavior", "Molecular Networks", "Neurons and Cognition",
        "Other Quantitative Biology", "Populations and Evolution", "Quantitative Methods",
        "Subcellular Processes", "Tissues and Organs", "Quantitative Finance",
        "Computational Finance", "General Finance", "Mathematical Finance",
        "Portfolio Management", "Pricing of Securities", "Risk Management",
        "Statistical Finance", "Trading and Market Microstructure", "Other Statistics",
        "Electrical Engineering and Systems Science", "Audio and Speech Processing",
        "Image and Video Processing", "Signal Processing", "General Economics",
        "Theoretical Economics",
    )
)  # fmt: skip


def arxiv_subject(title: str) -> bool:
    """`Astrophysics of Galaxies`, `Computation and Language (cs.CL)`: a subject class's name."""
    name = title.strip()
    if name.endswith(")") and "(" in name:
        name = name[: name.rindex("(")].strip()  # `(astro-ph.GA)`: the class's code after it
    return name.casefold() in SUBJECTS
