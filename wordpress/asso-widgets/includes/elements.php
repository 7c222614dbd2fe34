<?php
/**
 * The elements the plugin knows: their tag, shortcode, block and the
 * attributes a shortcode or a block may set, mirroring the elements' own
 * attributes (the `@property` declarations in src/<element>/<element>.component.ts).
 *
 * Attribute types:
 * - `url`    : an address, escaped with esc_url (http, https or a path on the site);
 * - `int`    : a whole number, clamped to `min`/`max` when given;
 * - `enum`   : one of `values`;
 * - `bool`   : present when true ("true", "1", "oui", "yes" or the bare name), absent otherwise;
 * - `string` : short text, escaped with esc_attr;
 * - `lang`   : a language tag ("fr", "en", "fr-FR").
 * `label` is what the block editor shows beside the control.
 *
 * @package AssoWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Attributes every element has (the base class AssoElement).
 *
 * @return array<string, array<string, mixed>>
 */
function asso_widgets_common_attributes() {
	return array(
		'src'     => array(
			'type'  => 'url',
			'label' => __( 'Feed address (JSON)', 'asso-widgets' ),
		),
		'timeout' => array(
			'type'  => 'int',
			'min'   => 0,
			'label' => __( 'Time allowed to load the feed (ms)', 'asso-widgets' ),
		),
		'lang'    => array(
			'type'  => 'lang',
			'label' => __( 'Language (fr, en; empty: the page’s)', 'asso-widgets' ),
		),
	);
}

/**
 * The elements, by tag. Filter `asso_widgets_elements` to add one or to add attributes.
 *
 * @return array<string, array<string, mixed>>
 */
function asso_widgets_elements() {
	$heading_level = array(
		'type'  => 'int',
		'min'   => 1,
		'max'   => 6,
		'label' => __( 'Heading level', 'asso-widgets' ),
	);
	$elements      = array(
		'values-charter'        => array(
			'shortcode'  => 'values_charter',
			'title'      => __( 'Values charter', 'asso-widgets' ),
			'section'    => 'valeurs',
			'attributes' => array(
				'heading-level' => $heading_level,
				'layout'        => array(
					'type'   => 'enum',
					'values' => array( 'grid', 'list', 'accordion' ),
					'label'  => __( 'Layout', 'asso-widgets' ),
				),
				'group'         => array(
					'type'  => 'string',
					'label' => __( 'Only this group (id in valeurs.groupes)', 'asso-widgets' ),
				),
				'no-figures'    => array(
					'type'  => 'bool',
					'label' => __( 'Hide the key figures', 'asso-widgets' ),
				),
			),
		),
		'formation-catalogue'   => array(
			'shortcode'  => 'formation_catalogue',
			'title'      => __( 'Training catalogue', 'asso-widgets' ),
			'section'    => 'formations',
			'attributes' => array(
				'heading-level' => $heading_level,
			),
		),
		'service-map'           => array(
			'shortcode'  => 'service_map',
			'title'      => __( 'Map of services', 'asso-widgets' ),
			'section'    => 'lieux',
			'attributes' => array(
				'heading-level' => $heading_level,
			),
		),
		'governance-organigram' => array(
			'shortcode'  => 'governance_organigram',
			'title'      => __( 'Governance organigram', 'asso-widgets' ),
			'section'    => 'gouvernance',
			'attributes' => array(
				'heading-level' => $heading_level,
			),
		),
	);
	foreach ( $elements as $tag => $element ) {
		$elements[ $tag ]['attributes'] = array_merge( asso_widgets_common_attributes(), $element['attributes'] );
	}
	/**
	 * Filters the elements the plugin registers shortcodes and blocks for.
	 *
	 * @param array $elements Definitions by tag name.
	 */
	return apply_filters( 'asso_widgets_elements', $elements );
}

/**
 * Every tag the plugin may print, `<asso-feed>` included.
 *
 * @return string[]
 */
function asso_widgets_tags() {
	return array_merge( array( 'asso-feed' ), array_keys( asso_widgets_elements() ) );
}
