"""Build glue that pyproject.toml cannot say: ship the top-level `resources/` folder inside the
package as `desktop_app/_resources`.

DESIGN.md fixes `resources/` at the top of the source tree, but an installed wheel has no source
tree, so the files must live inside the package. pyproject.toml can either find packages or list
them, not both; mapping one extra package onto another folder needs the list, and a hand-kept
list would silently miss the next subpackage someone adds. So the list is computed here and
everything else stays declarative in pyproject.toml. `desktop_app/resources.py` looks in
`desktop_app/_resources` (wheel, frozen build) and then in `resources/` (source checkout,
editable install).
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["desktop_app", "desktop_app.*"]), "desktop_app._resources"],
    package_dir={"desktop_app._resources": "resources"},
)
